/**
 * The exchange formats of détente: the YAML dataset files, and the JSON shapes that the CLI's
 * {@code --json}, the HTTP API and exports share. Reading is done over {@link org.detente.store.format.Tree},
 * a small document tree that remembers line numbers, so every problem can be reported as
 * {@code file:line: field: message}.
 */
package org.detente.store.format;
