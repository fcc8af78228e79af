/**
 * The HTTP API (Javalin): JSON resources in the same shapes as the CLI's {@code --json}, every
 * error as RFC 9457 problem+json, bearer-token access for writes, Prometheus metrics, and an
 * OpenAPI document with a browsable page. {@link org.detente.app.http.ApiServer} builds it from
 * {@link org.detente.app.http.ApiServices}; {@code docs/api.md} describes it for clients.
 */
package org.detente.app.http;
