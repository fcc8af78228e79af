package org.detente.app.http;

import io.javalin.config.ValidationConfig;
import io.javalin.http.Context;
import io.javalin.validation.ValidationError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.app.service.Moments;
import org.detente.app.usecase.Question;

/**
 * The question of a request ({@code {dyad}}, {@code ?asOf}, {@code ?knownAt}), read with Javalin's
 * validator: {@link #register} teaches it dates and moments, and a value it refuses is a 400 that
 * names the parameter, the value and the accepted form. The API and the web pages (which share this
 * adapter) read the question only here.
 */
public final class QuestionParams {
    private QuestionParams() {
    }

    /** Teaches Javalin's validator the question's types; idempotent, so the API and the pages may both call it. */
    public static void register(ValidationConfig validation) {
        validation.register(LocalDate.class, QuestionParams::parseDate);
        validation.register(Instant.class, Moments::parse);
    }

    /** The question about the path's dyad: {@code asOf} (default {@code today}) and {@code knownAt} (default none). */
    public static Question question(Context ctx, LocalDate today) {
        return new Question(ctx.pathParam("dyad"), date(ctx, "asOf").orElse(today), moment(ctx, "knownAt"));
    }

    /** A date parameter ({@code YYYY-MM-DD}); empty when absent or blank. */
    public static Optional<LocalDate> date(Context ctx, String name) {
        return validated(ctx, name, LocalDate.class);
    }

    /** A moment, as {@link Moments} reads it: a date-time with offset, a local date-time (UTC), or a date (its end). */
    public static Optional<Instant> moment(Context ctx, String name) {
        return validated(ctx, name, Instant.class);
    }

    private static <T> Optional<T> validated(Context ctx, String name, Class<T> type) {
        if (Params.text(ctx, name).isEmpty()) {
            return Optional.empty(); // a blank parameter counts as absent, as everywhere in the API
        }
        return Optional.of(ctx.queryParamAsClass(name, type).getOrThrow(errors -> refused(name, errors)));
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a date (YYYY-MM-DD)", e);
        }
    }

    /** The converter's own reason (it names the value and the accepted form), as a 400 about {@code name}. */
    private static ApiException refused(String name, Map<String, ? extends List<? extends ValidationError<?>>> errors) {
        List<? extends ValidationError<?>> refusals = errors.get(name);
        String reason = (refusals == null ? List.<ValidationError<?>>of() : refusals).stream().findFirst()
                .map((ValidationError<?> error) -> error.exception() != null && error.exception().getMessage() != null
                        ? error.exception().getMessage() : error.getMessage())
                .orElse("is invalid");
        return ApiException.badParameter(name, reason);
    }
}
