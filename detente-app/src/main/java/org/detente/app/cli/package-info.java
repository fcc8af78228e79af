/**
 * The {@code detente} command line (picocli). Each command parses and checks its arguments, asks
 * the application services, and prints a readable table or, with {@code --json}, the documented
 * JSON shape. Mistakes in arguments print one line and exit with code 2.
 */
package org.detente.app.cli;
