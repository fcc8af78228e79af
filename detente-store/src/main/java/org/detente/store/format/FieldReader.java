package org.detente.store.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.detente.model.Codes;
import org.detente.model.HistoricalDate;

/**
 * Reads typed fields from one mapping and collects every problem instead of stopping at the
 * first, so a user sees all that is wrong with an entry at once. A getter that fails records a
 * problem and returns {@code null}; callers build records only when {@link #ok()}.
 */
public final class FieldReader {
    private final Tree.Mapping mapping;
    private final String prefix;
    private final List<FormatProblem> problems;
    private final String file;
    private final int problemsAtStart;

    public FieldReader(Tree.Mapping mapping, String file, String prefix, List<FormatProblem> problems) {
        this.mapping = mapping;
        this.file = file;
        this.prefix = prefix;
        this.problems = problems;
        this.problemsAtStart = problems.size();
    }

    /** A reader over {@code tree}, which must be a mapping (else a problem is recorded and null returned). */
    public static FieldReader of(Tree tree, String file, String path, List<FormatProblem> problems) {
        if (tree instanceof Tree.Mapping m) {
            return new FieldReader(m, file, path, problems);
        }
        problems.add(new FormatProblem(file, tree.line(), path, "expected a mapping of fields, found " + tree.kind()));
        return null;
    }

    /** Whether nothing went wrong since this reader was made. */
    /** The list this reader adds its problems to, for readers of nested fields. */
    public List<FormatProblem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.size() == problemsAtStart;
    }

    public Tree.Mapping mapping() {
        return mapping;
    }

    public String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    public int lineOf(String field) {
        return mapping.lineOf(field);
    }

    public String file() {
        return file;
    }

    /** Records a problem about {@code field}. */
    public void problem(String field, String message) {
        problems.add(new FormatProblem(file, mapping.lineOf(field), path(field), message));
    }

    /** Records a problem for each field not in {@code allowed}. */
    public void rejectUnknown(Set<String> allowed) {
        for (String name : mapping.fields().keySet()) {
            if (!allowed.contains(name)) {
                problem(name, "unknown field (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** Whether the field was read from a strictly typed document (an API body). */
    private boolean strict(String field) {
        return mapping.get(field) instanceof Tree.Scalar s && s.type() != Tree.ScalarType.UNTYPED;
    }

    public boolean has(String field) {
        Tree value = mapping.get(field);
        return value != null && !(value instanceof Tree.Null);
    }

    /**
     * The text of a scalar field; a problem when required and absent, when not a scalar, or when a
     * strictly read document gave a number or true/false, or text with control characters.
     */
    public String text(String field, boolean required) {
        return scalar(field, required, Tree.ScalarType.STRING, "text");
    }

    /** A scalar of the JSON type {@code expected} (any type when the document is untyped), as text. */
    private String scalar(String field, boolean required, Tree.ScalarType expected, String expectedWords) {
        Tree value = mapping.get(field);
        if (value instanceof Tree.Scalar s && s.type() != Tree.ScalarType.UNTYPED) {
            if (s.type() != expected) {
                problems.add(new FormatProblem(file, value.line(), path(field), "expected " + expectedWords
                        + ", found " + s.kind() + " (" + s.value() + ")"));
                return null;
            }
            if (s.value().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                problems.add(new FormatProblem(file, value.line(), path(field),
                        "must not contain control characters"));
                return null;
            }
        }
        if (value == null || value instanceof Tree.Null) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        if (value instanceof Tree.Scalar s) {
            if (required && s.value().isBlank()) {
                problem(field, "must not be empty");
                return null;
            }
            return s.value();
        }
        problems.add(new FormatProblem(file, value.line(), path(field), "expected " + expectedWords + ", found "
                + value.kind()));
        return null;
    }

    /** A field parsed by {@code parse}, whose IllegalArgumentException message becomes the problem. */
    public <T> T parsed(String field, boolean required, Function<String, T> parse) {
        return parsed(field, required, Tree.ScalarType.STRING, "text", parse);
    }

    private <T> T parsed(String field, boolean required, Tree.ScalarType type, String typeWords,
                         Function<String, T> parse) {
        String text = scalar(field, required, type, typeWords);
        if (text == null) {
            return null;
        }
        if (strict(field) && !text.equals(text.strip())) {
            problem(field, "'" + text + "' has spaces before or after it");
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (IllegalArgumentException | DateTimeException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    public Integer integer(String field, boolean required) {
        return parsed(field, required, Tree.ScalarType.NUMBER, "a whole number", text -> {
            if (!text.matches("-?\\d+")) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number");
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException tooLarge) {
                throw new IllegalArgumentException("'" + text + "' is out of range: a whole number here is between "
                        + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
            }
        });
    }

    /**
     * A number parsed by {@code parse}: a JSON number, or (as bodies written before numbers were
     * accepted here) a string of digits.
     */
    public <T> T number(String field, boolean required, Function<String, T> parse) {
        boolean givenAsText = mapping.get(field) instanceof Tree.Scalar s && s.type() == Tree.ScalarType.STRING;
        return givenAsText ? parsed(field, required, parse)
                : parsed(field, required, Tree.ScalarType.NUMBER, "a number", parse);
    }

    /** A count: a whole number that must not be negative. */
    public Integer count(String field, boolean required) {
        Integer value = integer(field, required);
        if (value != null && value < 0) {
            problem(field, "must not be negative, got " + value);
            return null;
        }
        return value;
    }

    public Boolean bool(String field, boolean required) {
        return parsed(field, required, Tree.ScalarType.BOOLEAN, "true or false", text -> {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new IllegalArgumentException("'" + text + "' is not true or false");
        });
    }

    /** A day, {@code YYYY-MM-DD}, in the years every store keeps ({@link HistoricalDate#MIN_YEAR} to {@link HistoricalDate#MAX_YEAR}). */
    public LocalDate date(String field, boolean required) {
        return parsed(field, required, text -> {
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
            }
            requireStorableYear(text, date.getYear());
            return date;
        });
    }

    private static void requireStorableYear(String text, int year) {
        if (year < HistoricalDate.MIN_YEAR || year > HistoricalDate.MAX_YEAR) {
            throw new IllegalArgumentException("'" + text + "' is outside the years " + HistoricalDate.MIN_YEAR
                    + "-" + HistoricalDate.MAX_YEAR);
        }
    }

    public HistoricalDate historicalDate(String field, boolean required) {
        return parsed(field, required, HistoricalDate::parse);
    }

    public Instant instant(String field, boolean required) {
        return parsed(field, required, text -> {
            Instant instant;
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + text + "' is not a date-time (e.g. 2025-04-10T12:00:00Z)");
            }
            requireStorableYear(text, instant.atOffset(ZoneOffset.UTC).getYear());
            return instant;
        });
    }

    public <E extends Enum<E>> E code(String field, boolean required, Class<E> type) {
        return parsed(field, required, text -> Codes.parse(type, text, "value"));
    }

    public URI url(String field) {
        return parsed(field, true, text -> {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + text + "' is not a valid address: " + e.getReason());
            }
        });
    }

    /** A list of scalars; absent gives an empty list unless required. */
    public List<String> texts(String field, boolean required) {
        Tree value = mapping.get(field);
        if (value == null || value instanceof Tree.Null) {
            if (required) {
                problem(field, "is required");
            }
            return List.of();
        }
        if (!(value instanceof Tree.Sequence sequence)) {
            problems.add(new FormatProblem(file, value.line(), path(field), "expected a list, found " + value.kind()));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            Tree item = sequence.items().get(i);
            if (item instanceof Tree.Scalar s && s.type() != Tree.ScalarType.UNTYPED && s.type() != Tree.ScalarType.STRING) {
                problems.add(new FormatProblem(file, item.line(), path(field) + "[" + i + "]",
                        "expected text, found " + s.kind() + " (" + s.value() + ")"));
            } else if (item instanceof Tree.Scalar s && !s.value().isBlank()) {
                result.add(s.value().trim());
            } else {
                problems.add(new FormatProblem(file, item.line(), path(field) + "[" + i + "]",
                        "expected non-empty text, found " + item.kind()));
            }
        }
        return result;
    }

    /** The items of a list field; absent gives an empty list (a problem when required). */
    public List<Tree> items(String field, boolean required) {
        Tree value = mapping.get(field);
        if (value == null || value instanceof Tree.Null) {
            if (required) {
                problem(field, "is required");
            }
            return List.of();
        }
        if (value instanceof Tree.Sequence sequence) {
            return sequence.items();
        }
        problems.add(new FormatProblem(file, value.line(), path(field), "expected a list, found " + value.kind()));
        return List.of();
    }
}
