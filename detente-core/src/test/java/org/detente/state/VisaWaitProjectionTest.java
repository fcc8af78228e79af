package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.ledger.Entry;
import org.detente.ledger.VisaWaitReported;
import org.detente.model.FigureBound;
import org.detente.model.HistoricalDate;
import org.detente.model.VisaClass;
import org.junit.jupiter.api.Test;

/** Reported visa waits: the latest report per issuer, post and class, as of a date and as known at a moment. */
class VisaWaitProjectionTest {

    private static RelationsState state(String asOf, Optional<Instant> knownAt, Entry... entries) {
        LocalDate date = LocalDate.parse(asOf);
        RelationsState indexed = Projector.of(DEFINITION, List.of(entries)).stateAsOf(date, knownAt);
        RelationsState reference = Projector.project(DEFINITION, List.of(entries), date, knownAt);
        assertThat(indexed).as("indexed projector agrees with the reference fold").isEqualTo(reference);
        return indexed;
    }

    private static VisaWaitState waitAt(RelationsState state, String post, VisaClass visaClass) {
        return state.visaWaits().stream().filter(w -> w.post().equals(post) && w.visaClass() == visaClass)
                .findFirst().orElseThrow(() -> new AssertionError("no wait reported at " + post + " for " + visaClass));
    }

    @Test
    void the_latest_report_of_a_post_and_class_replaces_the_earlier_one_and_other_posts_keep_theirs() {
        Entry moscow2018 = entry("moscow-2018").by(US).on("2018-03-01").does(VisaWaitReported.days(
                "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, 250, FigureBound.ABOUT, "U.S. Embassy Moscow"));
        Entry moscow2019 = entry("moscow-2019").by(US).on("2019-06-01").does(VisaWaitReported.days(
                "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, 300, FigureBound.AT_LEAST, "RBC"));
        Entry moscowImmigrant = entry("moscow-iv").by(US).on("2019-01-10").does(VisaWaitReported.days(
                "U.S. Embassy Moscow", VisaClass.IMMIGRANT, 90, FigureBound.EXACT, "U.S. Embassy Moscow"));
        Entry warsaw = entry("warsaw").by(US).on("2018-05").does(VisaWaitReported.noAppointments(
                "U.S. Embassy Warsaw", VisaClass.NONIMMIGRANT, "a news outlet"));

        RelationsState before = state("2018-12-31", Optional.empty(), moscow2018, moscow2019, moscowImmigrant, warsaw);
        RelationsState after = state("2019-06-01", Optional.empty(), moscow2018, moscow2019, moscowImmigrant, warsaw);

        assertThat(waitAt(before, "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT).waitDays()).hasValue(250);
        assertThat(before.visaWaits()).hasSize(2);
        VisaWaitState latest = waitAt(after, "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT);
        assertThat(latest.waitDays()).hasValue(300);
        assertThat(latest.bound()).isEqualTo(FigureBound.AT_LEAST);
        assertThat(latest.reportedBy()).isEqualTo("RBC");
        assertThat(latest.reportedOn()).isEqualTo(HistoricalDate.parse("2019-06-01"));
        assertThat(latest.reportedIn()).isEqualTo(moscow2019.id());
        assertThat(latest.issuer()).isEqualTo(US);
        assertThat(latest.applicants()).isEqualTo(RU);
        assertThat(waitAt(after, "U.S. Embassy Moscow", VisaClass.IMMIGRANT).waitDays()).hasValue(90);
        assertThat(waitAt(after, "U.S. Embassy Warsaw", VisaClass.NONIMMIGRANT).noAppointments()).isTrue();
        assertThat(after.visaWaitsAt(US)).hasSize(3);
        assertThat(after.visaWaitsAt(RU)).isEmpty();
    }

    @Test
    void a_report_recorded_after_the_moment_asked_is_not_yet_known() {
        Entry early = entry("early").by(US).on("2019-06-01").recordedAt("2019-06-02T09:00:00Z").does(
                VisaWaitReported.days("U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, 300, FigureBound.ABOUT, "RBC"));
        Entry late = entry("late").by(US).on("2019-06-01").recordedAt("2019-06-20T09:00:00Z").does(
                VisaWaitReported.days("U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, 450, FigureBound.EXACT,
                        "State Department wait-time tool"));

        RelationsState asKnownEarly = state("2019-07-01", Optional.of(Instant.parse("2019-06-10T00:00:00Z")), early, late);
        RelationsState asKnownNow = state("2019-07-01", Optional.empty(), early, late);

        assertThat(waitAt(asKnownEarly, "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT).waitDays()).hasValue(300);
        assertThat(waitAt(asKnownNow, "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT).waitDays()).hasValue(450);
    }

    @Test
    void a_wait_before_its_report_is_not_shown() {
        Entry report = entry("report").by(US).on("2021-12-01").does(VisaWaitReported.days(
                "U.S. Embassy Warsaw", VisaClass.NONIMMIGRANT, 60, FigureBound.EXACT, "U.S. Embassy Warsaw"));

        assertThat(state("2021-11-30", Optional.empty(), report).visaWaits()).isEmpty();
    }

    @Test
    void no_appointments_takes_no_bound_and_a_wait_needs_a_reporter() {
        assertThatThrownBy(() -> new VisaWaitReported("U.S. Embassy Moscow", VisaClass.ALL, "", OptionalInt.empty(),
                FigureBound.ABOUT, "RBC", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VisaWaitReported.days("U.S. Embassy Moscow", VisaClass.ALL, 10, FigureBound.EXACT, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VisaWaitReported.days("U.S. Embassy Moscow", VisaClass.ALL, -1, FigureBound.EXACT, "RBC"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
