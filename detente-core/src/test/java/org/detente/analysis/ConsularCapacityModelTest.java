package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.detente.model.Confidence;
import org.junit.jupiter.api.Test;

class ConsularCapacityModelTest {

    /** Round numbers, so the worked example can be checked by hand (they are not the dataset's). */
    private static final ConsularParameters WORKED = new ConsularParameters(
            assumed("interviewsPerOfficerPerDay", 100),
            assumed("workingDaysPerMonth", 20),
            assumed("visaShareOfOfficerTime", 0.5),
            assumed("localStaffPerOfficer", 3),
            assumed("unsupportedProductivity", 0.25),
            assumed("refusalRate", 0.1));

    private static ConsularParameter assumed(String name, double value) {
        return ConsularParameter.assumed(name, value, "unit", Confidence.LOW, "round number for a worked example");
    }

    private final ConsularCapacityModel model = new ConsularCapacityModel(WORKED);

    @Test
    void ten_fully_supported_officers_adjudicate_ten_thousand_cases_a_month() {
        // 10 officers × 0.5 × 100 a day × 20 days × 1.0 = 10,000; 90% issued = 9,000.
        ConsularCapacity capacity = model.capacity(new ConsularStaffing(10, 30));

        assertThat(capacity.supportFactor()).isEqualTo(1.0);
        assertThat(capacity.adjudicationsPerMonth()).isCloseTo(10_000, within(1e-9));
        assertThat(capacity.issuancesPerMonth()).isCloseTo(9_000, within(1e-9));
    }

    @Test
    void without_local_staff_officers_reach_only_the_unsupported_share() {
        // support 0 → productivity 0.25 → 2,500 adjudications.
        assertThat(model.capacity(new ConsularStaffing(10, 0)).adjudicationsPerMonth()).isCloseTo(2_500, within(1e-9));
        // half the local staff needed → support 0.5 → productivity 0.625 → 6,250.
        assertThat(model.capacity(new ConsularStaffing(10, 15)).adjudicationsPerMonth()).isCloseTo(6_250, within(1e-9));
    }

    @Test
    void demand_above_capacity_grows_the_backlog_and_the_wait() {
        // capacity 10,000 a month, demand 12,000, backlog 30,000: +2,000 a month.
        ConsularOutlook outlook = model.outlook(new ConsularStaffing(10, 30), 12_000, 30_000, 6);

        assertThat(outlook.backlogGrowthPerMonth()).isCloseTo(2_000, within(1e-9));
        assertThat(outlook.backlogAtHorizon()).isCloseTo(42_000, within(1e-9));
        assertThat(outlook.waitNow()).isEqualTo(new ExpectedWait.Months(3.0));
        assertThat(((ExpectedWait.Months) outlook.waitNow()).days()).isEqualTo(91);
        assertThat(outlook.waitAtHorizon()).isEqualTo(new ExpectedWait.Months(4.2));
        assertThat(outlook.monthsToClear()).isEmpty();
    }

    @Test
    void demand_below_capacity_clears_the_backlog_and_never_below_zero() {
        ConsularOutlook outlook = model.outlook(new ConsularStaffing(10, 30), 8_000, 6_000, 12);

        assertThat(outlook.monthsToClear().getAsDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(outlook.backlogAtHorizon()).isZero();
        assertThat(outlook.waitAtHorizon()).isEqualTo(new ExpectedWait.Months(0));
    }

    @Test
    void with_no_officer_the_wait_is_unbounded_and_says_why() {
        ConsularOutlook outlook = model.outlook(new ConsularStaffing(0, 40), 5_000, 1_000, 3);

        assertThat(outlook.capacity().adjudicationsPerMonth()).isZero();
        assertThat(outlook.waitNow()).isInstanceOf(ExpectedWait.Unbounded.class);
        assertThat(((ExpectedWait.Unbounded) outlook.waitNow()).reason()).contains("no application is adjudicated");
        assertThat(outlook.monthsToClear()).isEmpty();
    }

    @Test
    void officers_needed_inverts_the_capacity_formula() {
        assertThat(model.officersNeeded(10_000, 30)).hasValue(10);
        assertThat(model.officersNeeded(10_001, 30)).hasValue(11);
        // Beyond what 30 local staff support fully: o = (12,000/1,000 − 0.75 × 10) / 0.25 = 18.
        assertThat(model.officersNeeded(12_000, 30)).hasValue(18);
        assertThat(model.officersNeeded(0, 0)).hasValue(0);
    }

    @Test
    void officers_needed_is_the_fewest_that_meet_the_demand() {
        qt().withExamples(300).forAll(integers().between(0, 50_000), integers().between(0, 300))
                .checkAssert(this::officers_needed_is_the_fewest_that_meet_the_demand);
    }

    private void officers_needed_is_the_fewest_that_meet_the_demand(int demand, int localStaff) {
        int officers = model.officersNeeded(demand, localStaff).orElseThrow();

        assertThat(model.capacity(new ConsularStaffing(officers, localStaff)).adjudicationsPerMonth())
                .isGreaterThanOrEqualTo(demand - 1e-6);
        if (officers > 0) {
            assertThat(model.capacity(new ConsularStaffing(officers - 1, localStaff)).adjudicationsPerMonth())
                    .isLessThan(demand);
        }
    }

    @Test
    void a_figure_without_sources_must_be_flagged_as_an_assumption_with_a_note() {
        assertThatThrownBy(() -> new ConsularParameter("refusalRate", 0.1, "share", List.of(), false,
                Confidence.LOW, "")).hasMessageContaining("refusalRate: a figure needs sources or must be flagged");
        assertThatThrownBy(() -> ConsularParameter.assumed("refusalRate", 0.1, "share", Confidence.LOW, " "))
                .hasMessageContaining("an assumption needs a note");
    }

    @Test
    void parameters_outside_their_range_are_refused_with_the_rule() {
        assertThatThrownBy(() -> new ConsularParameters(assumed("i", 100), assumed("d", 20), assumed("s", 1.5),
                assumed("k", 3), assumed("u", 0.25), assumed("r", 0.1)))
                .hasMessageContaining("visaShareOfOfficerTime must lie in [0.0, 1.0], got 1.5");
        assertThat(WORKED.assumptions()).hasSize(6);
    }
}
