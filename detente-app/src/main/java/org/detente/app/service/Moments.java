package org.detente.app.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A moment of knowledge as every face takes it ({@code --known-at}, {@code ?knownAt=}): a
 * date-time with an offset ({@code 2025-04-10T12:00:00Z}), a local date-time read in UTC
 * ({@code 2025-04-10T12:00}), or a date, which stands for the last instant of that day in UTC.
 */
public final class Moments {
    private Moments() {
    }

    /**
     * The moment {@code text} names (surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static Instant parse(String text) {
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
            throw new IllegalArgumentException("'" + text + "' is not a moment (2025-04-10T12:00:00Z, "
                    + "2025-04-10T12:00 in UTC, or 2025-04-10 for the end of that day)");
        }
    }
}
