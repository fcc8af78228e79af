package org.detente.app.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.detente.app.service.Moments;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters of the question's values: a date ({@code --as-of}, {@code --since}...)
 * and a moment ({@code --known-at}). A value they refuse is reported by {@link DetenteCli} as
 * {@code detente: --as-of 'June' is not a date (YYYY-MM-DD)}: the option, then the reason.
 */
final class QuestionConverters {
    private QuestionConverters() {
    }

    /** {@code YYYY-MM-DD}. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeException e) {
                throw new Refused("'" + text + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    /** A moment, as {@link Moments} reads it: a date-time with offset, a local date-time (UTC), or a date (its end). */
    static final class Moment implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String text) {
            try {
                return Moments.parse(text);
            } catch (IllegalArgumentException e) {
                throw new Refused(e.getMessage());
            }
        }
    }

    /** A value of the question refused, with the reason only: the handler puts the option in front. */
    static final class Refused extends TypeConversionException {
        Refused(String reason) {
            super(reason);
        }
    }
}
