package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class HistoricalDateTest {
    private static final Gen<DatePrecision> PRECISIONS = arbitrary().enumValues(DatePrecision.class);

    @Test
    void a_day_is_parsed_with_day_precision() {
        HistoricalDate date = HistoricalDate.parse("2017-09-02");

        assertThat(date.date()).isEqualTo(LocalDate.of(2017, 9, 2));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date).hasToString("2017-09-02");
    }

    @Test
    void a_month_is_placed_on_its_first_day() {
        HistoricalDate date = HistoricalDate.parse("2017-09");

        assertThat(date.date()).isEqualTo(LocalDate.of(2017, 9, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date).hasToString("2017-09");
    }

    @Test
    void a_year_is_placed_on_its_first_day() {
        HistoricalDate date = HistoricalDate.parse(" 2017 ");

        assertThat(date.date()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date).hasToString("2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-13-01", "2017-02-30", "2017-00-10", "2017-13", "2017-00"})
    void an_impossible_date_is_rejected_naming_the_text(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse(text))
                .withMessageStartingWith("'" + text + "' is not a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"17-09-02", "2017/09/02", "2017-9-2", "02.09.2017", "September 2017", "20170902"})
    void a_text_of_another_shape_is_rejected_with_the_accepted_shapes(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse(text))
                .withMessage("'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    @Test
    void a_missing_date_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse(null))
                .withMessageContaining("a date is required");
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.parse("  "))
                .withMessageContaining("a date is required");
    }

    @Test
    void a_coarse_date_must_start_its_period() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HistoricalDate(LocalDate.of(2017, 9, 2), DatePrecision.MONTH))
                .withMessageContaining("must start its period");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HistoricalDate(LocalDate.of(2017, 2, 1), DatePrecision.YEAR))
                .withMessageContaining("must start its period");
    }

    @Test
    void on_the_same_first_day_a_coarser_date_sorts_first() {
        List<HistoricalDate> dates = new ArrayList<>(List.of(HistoricalDate.parse("2017-01-01"),
                HistoricalDate.parse("2017-01"), HistoricalDate.parse("2016-12-31"), HistoricalDate.parse("2017")));
        Collections.sort(dates);

        assertThat(dates).extracting(HistoricalDate::toString)
                .containsExactly("2016-12-31", "2017", "2017-01", "2017-01-01");
    }

    @Test
    void is_after_compares_the_first_day() {
        assertThat(HistoricalDate.parse("2017-09").isAfter(LocalDate.of(2017, 8, 31))).isTrue();
        assertThat(HistoricalDate.parse("2017-09").isAfter(LocalDate.of(2017, 9, 1))).isFalse();
    }

    @Test
    void every_date_parses_back_from_its_text() {
        qt().withExamples(1_000).forAll(integers().between(-200_000, 200_000), PRECISIONS)
                .checkAssert(HistoricalDateTest::every_date_parses_back_from_its_text);
    }

    private static void every_date_parses_back_from_its_text(int epochDay, DatePrecision precision) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        LocalDate start = switch (precision) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
        HistoricalDate date = new HistoricalDate(start, precision);

        assertThat(HistoricalDate.parse(date.toString())).isEqualTo(date);
    }

    @Test
    void order_agrees_with_equality() {
        qt().withExamples(1_000).forAll(integers().between(0, 800), PRECISIONS, integers().between(0, 800), PRECISIONS)
                .checkAssert(HistoricalDateTest::order_agrees_with_equality);
    }

    private static void order_agrees_with_equality(int a, DatePrecision pa, int b, DatePrecision pb) {
        HistoricalDate x = startOf(a, pa);
        HistoricalDate y = startOf(b, pb);

        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
    }

    private static HistoricalDate startOf(int offset, DatePrecision precision) {
        LocalDate day = LocalDate.of(2016, 1, 1).plusDays(offset);
        return switch (precision) {
            case DAY -> HistoricalDate.ofDay(day);
            case MONTH -> new HistoricalDate(day.withDayOfMonth(1), precision);
            case YEAR -> new HistoricalDate(day.withDayOfYear(1), precision);
        };
    }
}
