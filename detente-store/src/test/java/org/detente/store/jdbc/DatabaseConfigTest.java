package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An H2 file named with {@code --db} is opened with the default embedded store's settings it does not set itself. */
class DatabaseConfigTest {

    @Test
    void an_explicit_h2_file_is_durable_at_commit_in_the_schema_mode_and_open_to_other_processes() {
        String url = DatabaseConfig.fromEnvironment(Map.of(), "jdbc:h2:file:/srv/detente/ledger").url();

        assertThat(url).startsWith("jdbc:h2:file:/srv/detente/ledger;")
                .contains(";WRITE_DELAY=0").contains(";AUTO_SERVER=TRUE").contains(";MODE=PostgreSQL")
                .contains(";DATABASE_TO_LOWER=TRUE").contains(";LOCK_TIMEOUT=30000");
        assertThat(DatabaseConfig.withEmbeddedDefaults("jdbc:h2:./data/x")).contains(";AUTO_SERVER=TRUE");
    }

    @Test
    void a_setting_the_url_gives_itself_is_kept_and_not_given_twice() {
        String url = DatabaseConfig.withEmbeddedDefaults("jdbc:h2:file:/srv/x;lock_timeout=5000;AUTO_SERVER=FALSE");

        assertThat(url).contains(";lock_timeout=5000").doesNotContain("LOCK_TIMEOUT=30000")
                .contains(";AUTO_SERVER=FALSE").doesNotContain("AUTO_SERVER=TRUE").contains(";WRITE_DELAY=0");
    }

    @Test
    void other_databases_are_left_as_named() {
        assertThat(DatabaseConfig.withEmbeddedDefaults("jdbc:h2:mem:t")).isEqualTo("jdbc:h2:mem:t");
        assertThat(DatabaseConfig.withEmbeddedDefaults("jdbc:h2:tcp://host/x")).isEqualTo("jdbc:h2:tcp://host/x");
        assertThat(DatabaseConfig.withEmbeddedDefaults("jdbc:postgresql://db/detente"))
                .isEqualTo("jdbc:postgresql://db/detente");
    }
}
