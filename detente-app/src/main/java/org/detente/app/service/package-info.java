/**
 * Application services: the one place the faces go to for a dyad's ledger and derived views, so
 * the CLI and the HTTP API never assemble the domain themselves.
 */
package org.detente.app.service;
