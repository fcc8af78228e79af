package org.detente.app.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the commands that read the ledger ({@code status}, {@code ledger list},
 * the analyses, {@code scenario run}, {@code simulate}, {@code report}): the same database the server
 * and the {@code db} commands name with it.
 */
final class DatabaseUrlOption {
    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the ledger database (default: DETENTE_DB_URL, else the H2 file in "
                    + "DETENTE_DATA_DIR or ./data/detente).")
    String url;

    /** The URL given, or empty for the default database. */
    Optional<String> url() {
        return Optional.ofNullable(url).map(String::trim).filter(u -> !u.isEmpty());
    }
}
