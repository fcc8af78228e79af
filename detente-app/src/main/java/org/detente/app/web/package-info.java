/**
 * The web dashboard: server-rendered pages (JTE, precompiled, auto-escaping) over the same
 * services as the HTTP API. Each page has a view-model record built by a presenter from the
 * services; templates only lay the view-model out. Front-end libraries (htmx, ECharts,
 * Cytoscape.js) are WebJars served by the application, so the pages need no network and no
 * front-end build. Sign-in turns an API token into a session cookie; every form carries a CSRF token.
 */
package org.detente.app.web;
