package org.detente.app.http;

import io.javalin.security.RouteRole;

/**
 * What a route needs from its caller. {@link #READ} routes are open unless the server is set to
 * require a token for reads; {@link #WRITE} needs an editor or admin token; {@link #ADMIN} an admin's.
 */
enum Access implements RouteRole {
    PUBLIC, READ, WRITE, ADMIN
}
