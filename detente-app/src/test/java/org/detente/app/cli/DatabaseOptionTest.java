package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.detente.app.service.Workspace;
import org.detente.store.database.DetenteDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every command that reads the ledger takes {@code --db} and reads the database it names (a real
 * H2 database, opened as the command line opens it), never the default workspace.
 */
class DatabaseOptionTest {
    private static final String NAMED = "jdbc:h2:mem:db-option-named;DB_CLOSE_DELAY=-1";
    private final List<DetenteDatabase> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(DetenteDatabase::close);
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.util.function.Supplier<Workspace> noDefault = () -> {
            throw new UsageException("this test has no default database");
        };
        int code = new DetenteCli(noDefault, DetenteCli.databases(java.util.Map.of(), opened), CliRun.FIXED)
                .run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void status_ledger_list_and_the_analyses_read_the_database_that_db_names() {
        for (String[] command : List.of(new String[] {"status"}, new String[] {"ledger", "list"},
                new String[] {"roadmap"}, new String[] {"gaps"}, new String[] {"reciprocity"}, new String[] {"pace"})) {
            // without --db the command reaches for the default database, which this test does not have ...
            CliRun unnamed = run(command);
            assertThat(unnamed.exitCode()).as(String.join(" ", command)).isEqualTo(DetenteCli.EXIT_USAGE);
            assertThat(unnamed.err()).contains("no default database");
            // ... and with --db it reads the database named, seeded with the bundled dyad on first use
            String[] withDb = new String[command.length + 2];
            System.arraycopy(command, 0, withDb, 0, command.length);
            withDb[command.length] = "--db";
            withDb[command.length + 1] = NAMED;
            CliRun named = run(withDb);
            assertThat(named.exitCode()).as(String.join(" ", withDb) + ": " + named.err()).isZero();
            assertThat(named.out()).contains(command[0].equals("ledger") ? "entries" : "us-ru");
        }
    }

    @Test
    void a_db_that_is_not_a_jdbc_url_is_refused_naming_the_option() {
        CliRun refused = run("status", "--db", "postgres://somewhere");
        assertThat(refused.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(refused.err()).contains("postgres://somewhere");
    }

    @org.junit.jupiter.api.Test
    void serve_with_a_database_url_the_configuration_refuses_is_a_usage_error_naming_db() {
        CliRun run = CliRun.of("serve", "--db", "jdbc:mysql://localhost/detente", "--port", "0");

        org.assertj.core.api.Assertions.assertThat(run.exitCode()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(run.err().strip())
                .startsWith("detente: --db: database url 'jdbc:mysql://localhost/detente' must be an H2");
    }
}
