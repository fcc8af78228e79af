package org.detente.app.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads query parameters and headers at the edge, each failure a 400 that names the parameter,
 * the value and the accepted form. The question's dates and moments are {@link QuestionParams}'.
 */
final class Params {
    private Params() {
    }

    static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A whole number between {@code min} and {@code max}, or {@code absent} when not given. */
    static long number(Context ctx, String name, long min, long max, long absent) {
        Optional<String> text = text(ctx, name);
        if (text.isEmpty()) {
            return absent;
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "'" + text.get() + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /**
     * The last sequence the writer saw, from {@code If-Match} ({@code "12"}, {@code 12} or
     * {@code W/"12"}); empty when absent or {@code *}, which make the append unconditional.
     */
    static OptionalLong ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("\\d{1,18}")) {
            throw ApiException.badParameter("If-Match", "'" + header + "' is not a sequence number such as \"42\" "
                    + "(the ETag of the ledger or state you read)");
        }
        return OptionalLong.of(Long.parseLong(value));
    }
}
