package org.detente.app.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Parses the values of options, with messages that name the option and the accepted form. */
final class Arguments {
    private Arguments() {
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            throw new UsageException(option + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    static Optional<LocalDate> optionalDate(String option, String text) {
        return text == null ? Optional.empty() : Optional.of(date(option, text));
    }

    /** A moment: a date-time with offset, a local date-time (UTC), or a date (end of that day, UTC). */
    static Instant moment(String option, String text) {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeException ignored) {
            // not with an offset; try the other accepted forms
        }
        try {
            return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(trimmed).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        } catch (DateTimeException e) {
            throw new UsageException(option + " '" + text
                    + "' is not a moment (2025-04-10T12:00:00Z, 2025-04-10T12:00 in UTC, or 2025-04-10 for the end of that day)");
        }
    }
}
