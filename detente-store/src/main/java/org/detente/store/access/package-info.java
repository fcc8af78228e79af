/**
 * Who may use the API: the {@link org.detente.store.access.Principal} a request speaks for, the
 * {@link org.detente.store.access.Role}s (viewer, editor, admin), and the API tokens that name them
 * ({@link org.detente.store.access.TokenStore}: created, listed, revoked and checked; only a
 * token's SHA-256 is stored). Creating and revoking a token is audited through {@code store.audit}.
 */
package org.detente.store.access;
