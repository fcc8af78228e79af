/** The faces of détente: the command line (and, later, the HTTP API and web pages). */
package org.detente.app;
