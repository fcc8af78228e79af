package org.detente.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date in the world with its precision: {@code 2017-09-02}, {@code 2017-09} or {@code 2017}.
 * A date of month or year precision is placed on the first day of its period, so that it counts
 * as having happened by any date in that period; {@link #toString()} gives back the original text.
 *
 * <p>Years run from {@value #MIN_YEAR} to {@value #MAX_YEAR} and are always written with four
 * digits ({@code 0999}), so that every date stored reads back: a year-only date written as
 * {@code 999} would not parse again.
 */
public record HistoricalDate(LocalDate date, DatePrecision precision) implements Comparable<HistoricalDate> {
    /** The first year a date may have (year 0 is 1 BC, which no ledger needs and SQL dates disagree on). */
    public static final int MIN_YEAR = 1;
    /** The last year a date may have: four digits. */
    public static final int MAX_YEAR = 9999;

    public HistoricalDate {
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(precision, "precision is required");
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("the year of " + date + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && date.getDayOfYear() != 1) {
            throw new IllegalArgumentException("a date of " + precision + " precision must start its period: " + date);
        }
    }

    public static HistoricalDate ofDay(LocalDate date) {
        return new HistoricalDate(date, DatePrecision.DAY);
    }

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static HistoricalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is required (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        String trimmed = text.trim();
        try {
            if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return ofDay(LocalDate.parse(trimmed));
            }
            if (trimmed.matches("\\d{4}-\\d{2}")) {
                return new HistoricalDate(YearMonth.parse(trimmed).atDay(1), DatePrecision.MONTH);
            }
            if (trimmed.matches("\\d{4}")) {
                return new HistoricalDate(LocalDate.of(Integer.parseInt(trimmed), 1, 1), DatePrecision.YEAR);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a date: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a date: years run from 0001 to 9999", e);
        }
        throw new IllegalArgumentException("'" + trimmed + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    /** The last day of the period this date stands for (the date itself at day precision). */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.plusMonths(1).minusDays(1);
            case YEAR -> date.plusYears(1).minusDays(1);
        };
    }

    /**
     * Whether this date surely comes after {@code other}: its period starts after the other's
     * period ends. "2017-09" is not surely after "2017-09-15", nor before it.
     */
    public boolean surelyAfter(HistoricalDate other) {
        return date.isAfter(other.lastDay());
    }

    public boolean isAfter(LocalDate other) {
        return date.isAfter(other);
    }

    @Override
    public int compareTo(HistoricalDate other) {
        int byDate = date.compareTo(other.date);
        // A coarser date sorts first on the same first day: "2017" is known before "2017-01-01".
        return byDate != 0 ? byDate : other.precision.compareTo(precision);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.format("%04d", date.getYear());
        };
    }

    /**
     * A status's start in words: the date, or "unknown (attested DATE)" when no source gives the
     * start and the date is only the earliest one a source shows the status.
     */
    public static String since(HistoricalDate since, boolean startUnknown) {
        return startUnknown ? "unknown (attested " + since + ")" : since.toString();
    }
}
