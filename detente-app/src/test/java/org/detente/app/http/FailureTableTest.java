package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.app.service.UnknownDyadException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One table of failures for both faces: the API and the pages answer a failure with the same status and sentence. */
class FailureTableTest {
    private static ApiFixture api;

    @BeforeAll
    static void start() {
        api = ApiFixture.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void an_unknown_dyad_is_the_same_404_on_the_api_and_on_a_page() {
        ApiFixture.Response problem = api.get("/api/dyads/xx-yy/roadmap");
        ApiFixture.Response page = api.get("/dyads/xx-yy/roadmap");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.json().get("type").asText()).isEqualTo("urn:detente:problem:unknown-dyad");
        String detail = problem.json().get("detail").asText();
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains(detail);
    }

    @Test
    void the_table_knows_the_domain_failures_and_leaves_the_rest_to_be_a_500() {
        assertThat(FailureTable.of(new UnknownDyadException("xx-yy", java.util.List.of("us-ru")))).hasValueSatisfying(known -> {
            assertThat(known.status()).isEqualTo(404);
            assertThat(known.type()).isEqualTo("unknown-dyad");
            assertThat(known.title()).isEqualTo("No such dyad");
        });
        assertThat(FailureTable.of(new IllegalStateException("a bug"))).isEmpty();
    }
}
