package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.detente.store.database.DetenteDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the schema can belong to an owner role that migrates it, while the application
 * works as a role with only the rights it needs: a leaked application credential cannot disable
 * the append-only trigger, drop the ledger, or rewrite or delete its rows.
 */
class PostgresRolesTest {
    private static EmbeddedPostgres server;
    private static String url;

    @BeforeAll
    static void startServerWithTwoRoles() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE detente_owner LOGIN PASSWORD 'owner-secret'");
            sql.execute("CREATE ROLE detente_app LOGIN PASSWORD 'app-secret'");
            sql.execute("CREATE DATABASE detente_roles OWNER detente_owner");
        }
        url = "jdbc:postgresql://localhost:" + server.getPort() + "/detente_roles";
        try (Connection owner = DriverManager.getConnection(url, "detente_owner", "owner-secret");
             Statement sql = owner.createStatement()) {
            // As a careful operator would: nobody but the owner creates objects in the schema.
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
        DatabaseConfig config = DatabaseConfig.server(url, "detente_app", "app-secret")
                .withOwner("detente_owner", "owner-secret");
        try (DetenteDatabase database = DetenteDatabase.open(config, Clock.systemUTC())) {
            assertThat(database.readinessProblems()).isEmpty();
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(url, "detente_app", "app-secret");
    }

    @Test
    void the_owner_role_owns_the_tables_and_the_application_role_has_seeded_the_bundled_datasets() throws Exception {
        try (Connection app = asApplication(); Statement sql = app.createStatement();
             ResultSet owners = sql.executeQuery("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")) {
            assertThat(owners.next()).isTrue();
            assertThat(owners.getString(1)).isEqualTo("detente_owner");
            assertThat(owners.next()).isFalse();
            try (ResultSet entries = sql.executeQuery("SELECT count(*) FROM ledger_entries")) {
                entries.next();
                assertThat(entries.getLong(1)).isPositive();
            }
        }
    }

    @Test
    void the_application_role_cannot_disable_the_trigger_drop_the_ledger_or_rewrite_its_rows() throws Exception {
        String[] attacks = {
            "ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only",
            "DROP TABLE ledger_entries CASCADE",
            "UPDATE ledger_entries SET author = 'forger'",
            "DELETE FROM ledger_entries",
            "TRUNCATE audit_log",
            "UPDATE audit_log SET detail = 'forged'",
            "CREATE TABLE planted (id INT)"};
        for (String attack : attacks) {
            try (Connection app = asApplication(); Statement sql = app.createStatement()) {
                assertThatThrownBy(() -> sql.execute(attack)).as(attack).isInstanceOf(SQLException.class);
            }
        }
        try (Connection app = asApplication(); Statement sql = app.createStatement();
             ResultSet trigger = sql.executeQuery("SELECT tgenabled FROM pg_trigger WHERE tgname = 'ledger_entries_append_only'")) {
            assertThat(trigger.next()).isTrue();
            assertThat(trigger.getString(1)).isEqualTo("O");
        }
    }

    @Test
    void opening_again_as_the_application_with_its_owner_migrates_nothing_and_still_works() {
        DatabaseConfig config = DatabaseConfig.server(url, "detente_app", "app-secret")
                .withOwner("detente_owner", "owner-secret");
        try (DetenteDatabase database = DetenteDatabase.open(config, Clock.systemUTC())) {
            assertThat(database.readinessProblems()).isEmpty();
        }
    }
}
