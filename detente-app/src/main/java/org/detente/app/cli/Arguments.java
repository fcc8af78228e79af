package org.detente.app.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.detente.app.service.Moments;

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

    /** A moment, as {@link Moments} reads it: a date-time with offset, a local date-time (UTC), or a date (its end). */
    static Instant moment(String option, String text) {
        try {
            return Moments.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + e.getMessage());
        }
    }
}
