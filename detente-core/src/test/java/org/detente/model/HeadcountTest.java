package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Headcount arithmetic: unknown stays unknown, nothing goes below zero, totals stay consistent. */
class HeadcountTest {

    @Test
    void the_total_of_three_known_categories_is_their_sum() {
        assertThat(new Headcount(40, 20, 0, null).total()).isEqualTo(60);
        assertThat(new Headcount(40, 20, 0, 60).total()).isEqualTo(60);
    }

    @Test
    void a_total_that_differs_from_the_sum_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(40, 20, 0, 61))
                .withMessage("total 61 differs from the sum of the categories 60");
    }

    @Test
    void a_total_below_the_categories_given_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(40, null, null, 30))
                .withMessage("total 30 is less than the categories given (40)");
    }

    @Test
    void negative_figures_are_rejected_naming_the_field() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(-1, null, null, null))
                .withMessage("diplomatic must not be negative, got -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(null, -2, null, null))
                .withMessage("adminTechnical must not be negative, got -2");
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(null, null, -3, null))
                .withMessage("local must not be negative, got -3");
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(null, null, null, -4))
                .withMessage("total must not be negative, got -4");
    }

    @Test
    void a_headcount_needs_at_least_one_figure() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Headcount(null, null, null, null))
                .withMessageContaining("at least one of");
    }

    @Test
    void an_unknown_category_stays_unknown() {
        Headcount totalOnly = new Headcount(null, null, null, 455);

        Headcount after = totalOnly.plus(StaffCategory.DIPLOMATIC, -35);

        assertThat(after).isEqualTo(new Headcount(null, null, null, 420));
        assertThat(after.of(StaffCategory.DIPLOMATIC)).isNull();
    }

    @Test
    void an_unknown_total_stays_unknown() {
        Headcount diplomatsOnly = new Headcount(100, null, null, null);

        assertThat(diplomatsOnly.plus(StaffCategory.LOCAL, 5)).isEqualTo(diplomatsOnly);
        assertThat(diplomatsOnly.plus(StaffCategory.DIPLOMATIC, 5)).isEqualTo(new Headcount(105, null, null, null));
    }

    @Test
    void a_figure_never_goes_below_zero() {
        assertThat(new Headcount(10, 5, 0, null).plus(StaffCategory.LOCAL, -5)).isEqualTo(new Headcount(10, 5, 0, 15));
        assertThat(new Headcount(null, null, null, 20).plus(StaffCategory.ADMIN_TECHNICAL, -35))
                .isEqualTo(new Headcount(null, null, null, 0));
    }

    @Test
    void the_total_never_falls_below_the_categories_still_known() {
        // 10 diplomats known out of 12: at most 2 others, so 5 admin-technical leaving leaves 10
        Headcount after = new Headcount(10, null, null, 12).plus(StaffCategory.ADMIN_TECHNICAL, -5);

        assertThat(after).isEqualTo(new Headcount(10, null, null, 10));
    }

    /** Headcounts whose figures are each unknown four times in ten, else 0 to 2,000. */
    private static final Gen<Headcount> HEADCOUNTS = headcounts();
    private static final Gen<StaffCategory> CATEGORIES = arbitrary().enumValues(StaffCategory.class);

    private static Gen<Headcount> headcounts() {
        Gen<Integer> figure = Generate.frequency(Pair.of(4, Generate.constant((Integer) null)),
                Pair.of(6, integers().between(0, 2_000)));
        return figure.zip(figure, figure, figure, (d, a, l, t) -> {
            if (d == null && a == null && l == null && t == null) {
                return new Headcount(null, null, null, 0);
            }
            int known = (d == null ? 0 : d) + (a == null ? 0 : a) + (l == null ? 0 : l);
            Integer total = t == null || d != null && a != null && l != null ? null : Math.max(t, known);
            return new Headcount(d, a, l, total);
        });
    }

    @Test
    void adding_or_removing_staff_keeps_a_valid_consistent_headcount() {
        qt().withExamples(1_000).forAll(HEADCOUNTS, CATEGORIES, integers().between(-3_000, 3_000))
                .checkAssert(HeadcountTest::adding_or_removing_staff_keeps_a_valid_consistent_headcount);
    }

    private static void adding_or_removing_staff_keeps_a_valid_consistent_headcount(Headcount before,
                                                                                   StaffCategory category, int delta) {
        // when (building the result checks non-negative figures and a total at least the known categories)
        Headcount after = before.plus(category, delta);

        // then unknown stays unknown and known stays known
        for (StaffCategory c : StaffCategory.values()) {
            assertThat(after.of(c) == null).as("%s known-ness", c).isEqualTo(before.of(c) == null);
        }
        assertThat(after.total() == null).isEqualTo(before.total() == null);
        // other categories do not move
        for (StaffCategory c : StaffCategory.values()) {
            if (c != category) {
                assertThat(after.of(c)).isEqualTo(before.of(c));
            }
        }
        // the category moves by delta unless it would go below zero
        if (before.of(category) != null) {
            assertThat(after.of(category)).isEqualTo(Math.max(0, before.of(category) + delta));
        }
        // with all three known, the total is their sum
        if (after.diplomatic() != null && after.adminTechnical() != null && after.local() != null) {
            assertThat(after.total()).isEqualTo(after.diplomatic() + after.adminTechnical() + after.local());
        }
    }

    @Test
    void arrivals_raise_a_known_total_by_exactly_their_number() {
        qt().withExamples(1_000).forAll(HEADCOUNTS, CATEGORIES, integers().between(0, 3_000))
                .checkAssert(HeadcountTest::arrivals_raise_a_known_total_by_exactly_their_number);
    }

    private static void arrivals_raise_a_known_total_by_exactly_their_number(Headcount before, StaffCategory category,
                                                                             int arrivals) {
        Headcount after = before.plus(category, arrivals);

        if (before.total() != null) {
            assertThat(after.total()).isEqualTo(before.total() + arrivals);
        }
    }
}
