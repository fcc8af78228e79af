package org.detente.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.detente.store.audit.AuditLog;
import org.detente.store.jdbc.Jdbc;

/**
 * The tokens of the HTTP API. A token is 32 random bytes from {@link SecureRandom}, written in
 * URL-safe base64 (43 characters); only its SHA-256 is stored, so a token is shown once, when it
 * is created, and cannot be recovered. Creating and revoking are audited.
 */
public final class TokenStore {
    /** Token names: 1-100 letters, digits, '.', '_', '@' or '-'. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final int TOKEN_BYTES = 32;
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    public TokenStore(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Creates a token; the returned secret is the only copy.
     *
     * @param by who creates it (recorded and audited)
     * @throws IllegalArgumentException when the name breaks {@link #NAME}
     * @throws TokenException           when a token of that name exists (revoked ones too: names are not reused)
     */
    public IssuedToken create(String name, Role role, String by) {
        requireName(name);
        Objects.requireNonNull(role, "role is required");
        Objects.requireNonNull(by, "by is required");
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return jdbc.inTransaction("create a token", c -> {
            if (find(c, name).isPresent()) {
                throw new TokenException("a token named '" + name + "' already exists; choose another name");
            }
            TokenInfo info = new TokenInfo(name, role, audit.now(), by, Optional.empty());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_tokens (name, role, token_hash, "
                    + "created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, role.code());
                insert.setString(3, hash(secret));
                Jdbc.setInstant(insert, 4, info.createdAt());
                insert.setString(5, by);
                insert.executeUpdate();
            }
            audit.append(c, by, "token.created", "", "", "token '" + name + "' with role " + role.code());
            return new IssuedToken(info, secret);
        });
    }

    /** Every token, valid or revoked, by name. */
    public List<TokenInfo> list() {
        return jdbc.read("list tokens", c -> {
            List<TokenInfo> tokens = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT name, role, created_at, created_by, revoked_at "
                    + "FROM api_tokens ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(info(rows));
                }
            }
            return tokens;
        });
    }

    /**
     * Revokes a token: from now on it authenticates no one. Revoking a revoked token changes nothing.
     *
     * @throws TokenException when no token has that name
     */
    public TokenInfo revoke(String name, String by) {
        Objects.requireNonNull(by, "by is required");
        return jdbc.inTransaction("revoke a token", c -> {
            TokenInfo token = find(c, name).orElseThrow(() -> new TokenException("no token is named '" + name + "'"));
            if (token.revoked()) {
                return token;
            }
            TokenInfo revoked = new TokenInfo(token.name(), token.role(), token.createdAt(), token.createdBy(),
                    Optional.of(audit.now()));
            try (PreparedStatement update = c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE name = ?")) {
                Jdbc.setInstant(update, 1, revoked.revokedAt().orElseThrow());
                update.setString(2, name);
                update.executeUpdate();
            }
            audit.append(c, by, "token.revoked", "", "", "token '" + name + "'");
            return revoked;
        });
    }

    /** Who a presented token speaks for; empty when it is unknown or revoked. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(token.trim());
        return jdbc.read("check a token", c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, role FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
                select.setString(1, hash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Principal(rows.getString("name"),
                            Role.parse(rows.getString("role")))) : Optional.empty();
                }
            }
        });
    }

    /** The stored form of every token, hashes included: for backups only. */
    public List<StoredToken> stored() {
        return jdbc.read("read tokens", c -> {
            List<StoredToken> tokens = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT name, role, token_hash, created_at, created_by, "
                    + "revoked_at FROM api_tokens ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(new StoredToken(info(rows), rows.getString("token_hash")));
                }
            }
            return tokens;
        });
    }

    /** Writes tokens as they were stored (restore), in the caller's transaction. */
    public void insertStored(java.sql.Connection c, List<StoredToken> tokens) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO api_tokens (name, role, token_hash, "
                + "created_at, created_by, revoked_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (StoredToken token : tokens) {
                insert.setString(1, token.info().name());
                insert.setString(2, token.info().role().code());
                insert.setString(3, token.hash());
                Jdbc.setInstant(insert, 4, token.info().createdAt());
                insert.setString(5, token.info().createdBy());
                Jdbc.setInstant(insert, 6, token.info().revokedAt().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A token as stored: what is known of it and the SHA-256 of its secret. */
    public record StoredToken(TokenInfo info, String hash) {
    }

    private Optional<TokenInfo> find(java.sql.Connection c, String name) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT name, role, created_at, created_by, revoked_at "
                + "FROM api_tokens WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(info(rows)) : Optional.empty();
            }
        }
    }

    private static TokenInfo info(ResultSet rows) throws SQLException {
        return new TokenInfo(rows.getString("name"), Role.parse(rows.getString("role")),
                Jdbc.getInstant(rows, "created_at"), rows.getString("created_by"),
                Optional.ofNullable(Jdbc.getInstant(rows, "revoked_at")));
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("token name '" + name
                    + "' must be 1-100 letters, digits, '.', '_', '@' or '-'");
        }
    }

    /** The SHA-256 of a token, in lower-case hex: what is stored and looked up. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
