package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The question read once, by Javalin's validator, for the API and the pages alike: a malformed
 * {@code asOf} or {@code knownAt} is a 400 naming the parameter, the value and the accepted form;
 * a blank one counts as absent.
 */
class QuestionParamsTest {
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
    void a_malformed_date_is_a_400_about_asOf_on_every_analysis_route() {
        for (String route : new String[] {"state", "roadmap", "gaps", "reciprocity", "pace"}) {
            ApiFixture.Response response = api.get("/api/dyads/us-ru/" + route + "?asOf=June");
            assertThat(response.status()).as(route).isEqualTo(400);
            JsonNode problem = response.json();
            assertThat(problem.get("type").asText()).isEqualTo("urn:detente:problem:invalid-parameter");
            assertThat(problem.get("detail").asText()).isEqualTo("asOf: 'June' is not a date (YYYY-MM-DD)");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        }
    }

    @Test
    void a_malformed_moment_is_a_400_about_knownAt() {
        ApiFixture.Response response = api.get("/api/dyads/us-ru/roadmap?knownAt=last%20tuesday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).startsWith("knownAt: 'last tuesday' is not a moment");
    }

    @Test
    void a_blank_date_counts_as_absent() {
        assertThat(api.get("/api/dyads/us-ru/roadmap?asOf=&knownAt=").status()).isEqualTo(200);
    }

    @Test
    void the_pages_read_the_question_as_the_api_does_and_answer_a_400_page() {
        ApiFixture.Response page = api.get("/dyads/us-ru/roadmap?asOf=June");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("asOf 'June' is not a date (YYYY-MM-DD)");

        ApiFixture.Response moment = api.get("/dyads/us-ru?knownAt=soon");
        assertThat(moment.status()).isEqualTo(400);
        assertThat(moment.body()).contains("knownAt 'soon' is not a moment");
    }
}
