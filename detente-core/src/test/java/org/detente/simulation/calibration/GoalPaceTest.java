package org.detente.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detente.fixtures.LedgerFixtures.accredited;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.talks;
import static org.detente.fixtures.LedgerFixtures.visasGranted;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_RU;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.fixtures.MissionFixtures;
import org.detente.ledger.Entry;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.StaffAtLeast;
import org.detente.state.Projector;
import org.junit.jupiter.api.Test;

/** The observed pace: goals met over months of mutual conciliation, and the probability derived from it. */
class GoalPaceTest {

    @Test
    void the_probability_is_the_jeffreys_estimate_of_goals_per_mutual_month_capped_at_one() {
        assertThat(new GoalPace(0, 2).probabilityPerMutualMonth()).isEqualTo(0.5 / 3);
        assertThat(new GoalPace(3, 9).probabilityPerMutualMonth()).isEqualTo(0.35);
        assertThat(new GoalPace(4, 1).probabilityPerMutualMonth()).isEqualTo(1.0);
        assertThatThrownBy(() -> new GoalPace(-1, 0)).hasMessageContaining("must not be negative");
    }

    @Test
    void months_where_both_sides_conciliate_or_talk_count_and_a_goal_met_during_the_period_counts() {
        // February: talks (both conciliate). March: Russia accredits 5 US diplomats, the US grants visas.
        // April: Russia expels 1 (punitive wins that month). US staff 50 -> 55 -> 54, so "us-51" is met.
        List<Entry> entries = List.of(
                entry("us-staff").by(US).on("2025-01-01").does(reported(50)),
                entry("talks").by(US).on("2025-02-18").does(talks("Istanbul")),
                entry("ru-accredits").by(RU).on("2025-03-05").does(accredited(5)),
                entry("us-grants").by(US).on("2025-03-20").does(visasGranted(2)),
                entry("ru-expels").by(RU).on("2025-04-02").does(expelled(1)),
                entry("us-accredits").by(US).on("2025-04-10").does(accredited(1)));
        Roadmap roadmap = Roadmap.of(List.of(new Goal(GoalId.of("us-51"), MissionFixtures.DIPLOMATIC_RELATIONS, "US staff 51",
                "", new StaffAtLeast(US, 51, Optional.empty()), List.of(), Optional.empty(), SOURCES)));
        Projector projector = Projector.of(MissionFixtures.DEFINITION, entries);

        GoalPace pace = GoalPace.observe(roadmap, projector::stateAsOf, US_RU, entries, LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 5, 31));

        assertThat(pace).isEqualTo(new GoalPace(1, 2));
    }
}
