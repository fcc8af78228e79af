package org.detente.store.jdbc;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the database is and how to open it. Either an embedded H2 file (the default, nothing to
 * install) or a server named by a JDBC URL (PostgreSQL in production).
 *
 * @param url         the JDBC URL ({@code jdbc:h2:file:...} or {@code jdbc:postgresql://...})
 * @param user        the user, empty when the URL needs none
 * @param password    the password, empty when none
 * @param seed        whether the first start on an empty database loads the bundled datasets
 * @param maxPoolSize the most connections the pool keeps open
 */
public record DatabaseConfig(String url, String user, String password, boolean seed, int maxPoolSize,
                             String ownerUser, String ownerPassword) {
    /** The variable naming a server's JDBC URL. */
    public static final String ENV_URL = "DETENTE_DB_URL";
    /** The variable naming the user of that server. */
    public static final String ENV_USER = "DETENTE_DB_USER";
    /** The variable holding the password of that server. */
    public static final String ENV_PASSWORD = "DETENTE_DB_PASSWORD";
    /**
     * The variable naming the role that owns the schema and runs its migrations, when it is not
     * {@value #ENV_USER}: the application then works as {@value #ENV_USER} with only the rights it
     * needs, so a leaked application credential cannot drop a table or disable a trigger.
     */
    public static final String ENV_OWNER_USER = "DETENTE_DB_OWNER_USER";
    /** The password of {@value #ENV_OWNER_USER}. */
    public static final String ENV_OWNER_PASSWORD = "DETENTE_DB_OWNER_PASSWORD";
    /** The variable naming the folder of the embedded database. */
    public static final String ENV_DATA_DIR = "DETENTE_DATA_DIR";
    /** The folder of the embedded database when {@value #ENV_DATA_DIR} is not set, relative to the working directory. */
    public static final String DEFAULT_DATA_DIR = "data/detente";
    /** The name of the embedded database's file in its folder (H2 adds {@code .mv.db}). */
    public static final String H2_FILE = "detente";
    private static final int DEFAULT_POOL_SIZE = 10;

    public DatabaseConfig {
        Objects.requireNonNull(url, "url is required");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database url '" + url
                    + "' must be an H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://host/db) JDBC URL");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        ownerUser = ownerUser == null ? "" : ownerUser.trim();
        ownerPassword = ownerPassword == null ? "" : ownerPassword;
        if (!ownerUser.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a separate owner role (" + ENV_OWNER_USER + ") is for PostgreSQL only");
        }
        if (!ownerUser.isEmpty() && !ownerUser.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("owner role '" + ownerUser + "' must be a plain lower-case name");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + maxPoolSize);
        }
    }

    /**
     * The embedded H2 database in {@code dataDirectory} (created when missing). The file may be
     * opened by several processes at once (H2's automatic mixed mode), so the CLI can work on the
     * database of a running server.
     */
    public static DatabaseConfig h2(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(H2_FILE);
        return new DatabaseConfig(withEmbeddedDefaults("jdbc:h2:file:" + file), "sa", "", true, DEFAULT_POOL_SIZE, "", "");
    }

    /** An H2 database in memory, alive while the pool is open: for tests and benchmarks. */
    public static DatabaseConfig h2InMemory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + h2Options() + ";DB_CLOSE_DELAY=-1", "sa", "", true,
                DEFAULT_POOL_SIZE, "", "");
    }

    private static String h2Options() {
        // PostgreSQL mode and lower-case names let one schema serve both; the lock timeout lets
        // appends wait for one another instead of failing while another append holds the dyad;
        // no write delay, so a commit is in the file (not in a buffer of this JVM) when it returns.
        return ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000;WRITE_DELAY=0";
    }

    /**
     * A server (or any JDBC URL) with its credentials. An H2 file named explicitly gets the same
     * settings as the default one wherever the URL does not set them itself: durable at commit,
     * the schema's compatibility mode, and open to several processes at once.
     */
    public static DatabaseConfig server(String url, String user, String password) {
        return new DatabaseConfig(withEmbeddedDefaults(url), user, password, true, DEFAULT_POOL_SIZE, "", "");
    }

    /** {@code url} with each of the embedded store's settings it lacks, when it names an H2 file; else unchanged. */
    static String withEmbeddedDefaults(String url) {
        String rest = url.startsWith("jdbc:h2:") ? url.substring("jdbc:h2:".length()) : "";
        boolean file = rest.startsWith("file:") || rest.startsWith("/") || rest.startsWith("~") || rest.startsWith("./")
                || rest.startsWith("../");
        if (!file) {
            return url;
        }
        Set<String> given = new HashSet<>();
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            given.add((eq < 0 ? parts[i] : parts[i].substring(0, eq)).trim().toUpperCase(Locale.ROOT));
        }
        StringBuilder completed = new StringBuilder(url);
        for (String setting : (h2Options() + ";AUTO_SERVER=TRUE").substring(1).split(";")) {
            if (!given.contains(setting.substring(0, setting.indexOf('=')))) {
                completed.append(';').append(setting);
            }
        }
        return completed.toString();
    }

    /**
     * The database the environment names: {@code urlOption} (a {@code --db} option) when given,
     * else {@value #ENV_URL}, with {@value #ENV_USER} and {@value #ENV_PASSWORD}; when neither
     * names one, the embedded H2 file in {@value #ENV_DATA_DIR} (default {@value #DEFAULT_DATA_DIR}).
     */
    public static DatabaseConfig fromEnvironment(Map<String, String> environment, String urlOption) {
        String url = urlOption != null && !urlOption.isBlank() ? urlOption.trim() : environment.get(ENV_URL);
        if (url != null && !url.isBlank()) {
            return server(url.trim(), environment.get(ENV_USER), environment.get(ENV_PASSWORD))
                    .withOwner(environment.get(ENV_OWNER_USER), environment.get(ENV_OWNER_PASSWORD));
        }
        String dataDirectory = environment.get(ENV_DATA_DIR);
        return h2(Path.of(dataDirectory == null || dataDirectory.isBlank() ? DEFAULT_DATA_DIR : dataDirectory));
    }

    /** This configuration, not loading the bundled datasets on first start (for a restore). */
    public DatabaseConfig withoutSeed() {
        return new DatabaseConfig(url, user, password, false, maxPoolSize, ownerUser, ownerPassword);
    }

    public DatabaseConfig withMaxPoolSize(int size) {
        return new DatabaseConfig(url, user, password, seed, size, ownerUser, ownerPassword);
    }

    /** This configuration with the schema owned and migrated by {@code owner} (empty: the user itself). */
    public DatabaseConfig withOwner(String owner, String ownerSecret) {
        return new DatabaseConfig(url, user, password, seed, maxPoolSize, owner, ownerSecret);
    }

    /** Whether migrations run as a separate owner role and the application as a role with fewer rights. */
    public boolean separateOwner() {
        return !ownerUser.isEmpty() && !ownerUser.equals(user);
    }

    /** Whether this is an H2 database in a file (whose commits détente forces to the device itself). */
    public boolean isEmbeddedFile() {
        return url.startsWith("jdbc:h2:file:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without its options, for messages (never the password). */
    public String describe() {
        int options = url.indexOf(';');
        String base = options < 0 ? url : url.substring(0, options);
        int query = base.indexOf('?');
        return query < 0 ? base : base.substring(0, query);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + ", user=" + user + ", seed=" + seed + ", maxPoolSize=" + maxPoolSize
                + "]";
    }
}
