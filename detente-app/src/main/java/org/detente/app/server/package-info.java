/**
 * The server that puts the faces served over HTTP side by side: the API ({@code http}) and the web
 * pages ({@code web}), built by the command line's {@code serve}.
 */
package org.detente.app.server;
