package org.detente.store.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.detente.model.Dyad;
import org.detente.store.audit.AuditLog;
import org.detente.store.jdbc.Jdbc;

/**
 * The documents of each dyad kept as the text their authors wrote — {@code roadmap.yaml} and
 * {@code consular.yaml} — for their own readers to parse. Unlike entries they may be replaced;
 * every save is audited.
 */
public final class DocumentStore {
    /** Document names: a file name such as {@code roadmap.yaml}. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private final Jdbc jdbc;
    private final AuditLog audit;

    public DocumentStore(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The documents of a dyad, name → text, by name; empty when it has none. */
    public Map<String, String> all(Dyad dyad) {
        return jdbc.read("read documents", c -> {
            Map<String, String> documents = new LinkedHashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, content FROM documents WHERE dyad = ? ORDER BY name")) {
                select.setString(1, dyad.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        documents.put(rows.getString("name"), rows.getString("content"));
                    }
                }
            }
            return documents;
        });
    }

    /** One document of a dyad. */
    public Optional<String> get(Dyad dyad, String name) {
        return Optional.ofNullable(all(dyad).get(name));
    }

    /**
     * Stores or replaces a document of a dyad.
     *
     * @throws IllegalArgumentException when the name breaks {@link #NAME} or the dyad has no definitions
     */
    public void save(Dyad dyad, String name, String text, String by) {
        Objects.requireNonNull(text, name + ": the text is required");
        jdbc.inTransaction("save a document", c -> {
            save(c, dyad, name, text, by);
            return null;
        });
    }

    /** Stores or replaces a document in the caller's transaction; false when it already held this text. */
    boolean save(java.sql.Connection c, Dyad dyad, String name, String text, String by) throws java.sql.SQLException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("document name '" + name
                    + "' must be a lower-case file name such as roadmap.yaml");
        }
        try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM dyads WHERE dyad = ?")) {
            known.setString(1, dyad.id());
            try (ResultSet rows = known.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("no definitions are stored for dyad " + dyad);
                }
            }
        }
        String current = null;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT content FROM documents WHERE dyad = ? AND name = ? FOR UPDATE")) {
            select.setString(1, dyad.id());
            select.setString(2, name);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    current = rows.getString(1);
                }
            }
        }
        if (text.equals(current)) {
            return false;
        }
        String sql = current == null
                ? "INSERT INTO documents (content, updated_at, dyad, name) VALUES (?, ?, ?, ?)"
                : "UPDATE documents SET content = ?, updated_at = ? WHERE dyad = ? AND name = ?";
        try (PreparedStatement write = c.prepareStatement(sql)) {
            write.setString(1, text);
            Jdbc.setInstant(write, 2, audit.now());
            write.setString(3, dyad.id());
            write.setString(4, name);
            write.executeUpdate();
        }
        audit.append(c, by, "document.saved", dyad.id(), "", name + " (" + text.length() + " characters)");
        return true;
    }
}
