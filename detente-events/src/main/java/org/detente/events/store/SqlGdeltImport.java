package org.detente.events.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalLong;
import org.detente.events.cameo.CameoCode;
import org.detente.events.cameo.CameoTable;
import org.detente.events.cameo.CountryCodes;
import org.detente.events.ingest.EventFileLayout;
import org.detente.events.ingest.EventLineParser;
import org.detente.model.Country;

/**
 * The fast path of importing a GDELT file: DuckDB reads the tab-separated file itself (in parallel,
 * in native code), checks every kept field against a strict form, and maps country and CAMEO codes
 * by joining small tables built from {@link CountryCodes} and {@link CameoTable}.
 *
 * <p>Why this is exact: each strict form accepts a subset of what {@link EventLineParser} accepts
 * and yields the same value (whole numbers of at most 18 digits, ints of at most 9, decimals without
 * exponents, which both sides round correctly; dates that survive a round trip; Goldstein tenths as
 * {@code floor(x * 10 + 0.5)}, which is {@code Math.round} for these magnitudes). A file with even one
 * row outside the forms — a malformed row, a row of the wrong width, a form the parser would accept
 * such as {@code 01}, bytes that are not UTF-8 — is not staged, and the caller reads it row by row,
 * which reports each malformed row with its file and line. So the fast path never decides a
 * rejection; it only takes files that the row-by-row path would import without one.
 */
final class SqlGdeltImport {
    private static final String STAGE = "gdelt_stage";
    /** A null marker no GDELT field holds, so that an empty field stays '' and only a missing column is NULL. */
    private static final String NULL_MARKER = "\u0001null\u0001";

    private SqlGdeltImport() {
    }

    /** Creates the lookup tables of this connection (temporary, so never in the store's file) once. */
    static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS cameo_codes (code VARCHAR PRIMARY KEY, tenths INTEGER NOT NULL)");
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS country_codes (cameo VARCHAR PRIMARY KEY, iso2 VARCHAR NOT NULL)");
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM cameo_codes")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cameo_codes VALUES (?, ?)")) {
            for (CameoCode code : CameoTable.standard().all()) {
                insert.setString(1, code.code());
                insert.setInt(2, (int) Math.round(code.weight() * 10));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO country_codes VALUES (?, ?)")) {
            for (Map.Entry<String, Country> entry : CountryCodes.cameoCodes().entrySet()) {
                if (entry.getKey().length() == 3) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue().code());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * Stages the rows of {@code plainFile} (not zipped) of a GDELT layout in a temporary table: the
     * number of rows, or empty when a row is outside the strict forms or DuckDB cannot read the file
     * as tab-separated rows of the layout's width (then nothing is staged).
     */
    static OptionalLong stage(Connection connection, Path plainFile, EventFileLayout layout) throws SQLException {
        int width;
        String last;
        String url;
        if (layout == EventFileLayout.GDELT1) {
            width = 58;
            last = "c56";
            url = "c57";
        } else if (layout == EventFileLayout.GDELT2) {
            width = 61;
            last = "c60";
            url = "c60";
        } else {
            throw new IllegalArgumentException(layout + " is not a GDELT layout");
        }
        StringBuilder columns = new StringBuilder("{");
        for (int i = 0; i < width; i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        columns.append('}');
        String path = plainFile.toAbsolutePath().toString().replace("'", "''");
        String sql = "CREATE OR REPLACE TEMP TABLE " + STAGE + " AS\n"
                + "WITH r AS (SELECT c0, c1, c7, c17, c26, c29, c30, c31, c32, c34, " + url + " AS url, " + last
                + " AS last FROM read_csv('" + path + "', columns = " + columns + ", delim = chr(9), quote = '',"
                + " escape = '', header = false, auto_detect = false, null_padding = true, nullstr = '"
                + NULL_MARKER + "'))\n"
                + """
                SELECT TRY_CAST(r.c0 AS BIGINT) AS event_id,
                       CAST(try_strptime(r.c1, '%Y%m%d') AS DATE) AS day,
                       a1.iso2 AS actor1, a2.iso2 AS actor2, r.c26 AS cameo,
                       TRY_CAST(r.c29 AS TINYINT) AS quad,
                       CASE WHEN r.c30 = '' THEN k.tenths
                            ELSE TRY_CAST(floor(TRY_CAST(r.c30 AS DOUBLE) * 10 + 0.5) AS INTEGER) END AS goldstein_tenths,
                       TRY_CAST(r.c31 AS INTEGER) AS mentions, TRY_CAST(r.c32 AS INTEGER) AS sources,
                       TRY_CAST(r.c34 AS DOUBLE) AS tone, nullif(r.url, '') AS url,
                       coalesce(r.last IS NOT NULL
                         AND regexp_full_match(r.c0, '[0-9]{1,18}|-[0-9]{1,17}')
                         AND regexp_full_match(r.c1, '[0-9]{8}')
                         AND strftime(try_strptime(r.c1, '%Y%m%d'), '%Y%m%d') = r.c1
                         AND k.code IS NOT NULL
                         AND regexp_full_match(r.c29, '[1-4]')
                         AND (r.c30 = '' OR (regexp_full_match(r.c30, '-?[0-9]{1,2}(\\.[0-9]{1,4})?')
                                            AND abs(TRY_CAST(r.c30 AS DOUBLE)) <= 10))
                         AND regexp_full_match(r.c31, '-?[0-9]{1,9}')
                         AND regexp_full_match(r.c32, '-?[0-9]{1,9}')
                         AND regexp_full_match(r.c34, '-?[0-9]{1,9}(\\.[0-9]{1,16})?'), false) AS ok
                FROM r LEFT JOIN cameo_codes k ON k.code = r.c26
                       LEFT JOIN country_codes a1 ON a1.cameo = r.c7
                       LEFT JOIN country_codes a2 ON a2.cameo = r.c17""";
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(sql);
            } catch (SQLException unreadable) {
                // A row of another width or bytes that are not UTF-8: the row-by-row path says which line.
                return OptionalLong.empty();
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*), count(*) FILTER (WHERE NOT ok) FROM " + STAGE)) {
                rs.next();
                if (rs.getLong(2) > 0) {
                    drop(connection);
                    return OptionalLong.empty();
                }
                return OptionalLong.of(rs.getLong(1));
            }
        }
    }

    /** Inserts the staged acts of one state towards another into {@code events}: how many. */
    static long insert(Connection connection, int fileId, String source) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO events
                SELECT ?, ?, event_id, day, year(day) * 12 + month(day) - 1, actor1, actor2, cameo, quad,
                       goldstein_tenths, mentions, sources, tone, url
                FROM %s WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL AND actor1 <> actor2""".formatted(STAGE))) {
            insert.setInt(1, fileId);
            insert.setString(2, source);
            return insert.executeUpdate();
        }
    }

    /** Drops the staged rows. */
    static void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + STAGE);
        }
    }
}
