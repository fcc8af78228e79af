package org.detente.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registry of strategies: turns a name as typed on the command line, optionally with
 * parameters ({@code random(0.3)}, {@code generous-tit-for-tat(0.1)}, {@code grit(5)}), into a
 * {@link Strategy}.
 *
 * <p>The strategies are listed in one place, {@link #DEFINITIONS}, rather than discovered with
 * {@code ServiceLoader}: the list is explicit, its order is the order users see, and core stays free
 * of class-path scanning. Adding a strategy means writing its record and adding one line here.
 *
 * <p>Syntax: {@code name} or {@code name(p1, p2, ...)} with decimal numbers; whitespace around
 * the parts is ignored; names are exact and lower-case. Parameters left out take their defaults.
 */
public final class Strategies {

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(TitForTat.NAME, "", 0, 0, args -> new TitForTat()),
            new Definition(GenerousTitForTat.NAME, "[forgiveness in [0, 1], default 1/3]", 0, 1,
                    args -> args.length == 0 ? new GenerousTitForTat() : new GenerousTitForTat(args[0])),
            new Definition(TitForTwoTats.NAME, "", 0, 0, args -> new TitForTwoTats()),
            new Definition(Grudger.NAME, "", 0, 0, args -> new Grudger()),
            new Definition(AlwaysCooperate.NAME, "", 0, 0, args -> new AlwaysCooperate()),
            new Definition(AlwaysDefect.NAME, "", 0, 0, args -> new AlwaysDefect()),
            new Definition(RandomStrategy.NAME, "[cooperation probability in [0, 1], default 0.5]", 0, 1,
                    args -> args.length == 0 ? new RandomStrategy() : new RandomStrategy(args[0])),
            new Definition(WinStayLoseShift.NAME, "", 0, 0, args -> new WinStayLoseShift()),
            new Definition(Grit.NAME, "[max unreciprocated steps, an integer >= 1, default 3]", 0, 1,
                    args -> args.length == 0 ? new Grit() : new Grit(wholeNumber(Grit.NAME, "maxUnreciprocated", args[0]))),
            new Definition(MemoryOne.NAME, "first, after R, after S, after T, after P (probabilities of cooperating)", 5, 5,
                    args -> new MemoryOne(args[0], args[1], args[2], args[3], args[4])));

    private static final Pattern SPEC = Pattern.compile("\\s*([a-z0-9-]+)\\s*(?:\\((.*)\\))?\\s*");

    private Strategies() {
    }

    /**
     * The strategy that {@code spec} names.
     *
     * @throws IllegalArgumentException if the name is unknown (the message lists the known
     *                                  names), or the parameters are malformed, too many, too few
     *                                  or out of range
     */
    public static Strategy parse(String spec) {
        Objects.requireNonNull(spec, "strategy name is required");
        Matcher matcher = SPEC.matcher(spec);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("strategy '" + spec + "' is not of the form name or name(p1, p2, ...); known strategies: "
                    + String.join(", ", names()));
        }
        String name = matcher.group(1);
        Definition definition = DEFINITIONS.stream()
                .filter(candidate -> candidate.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + name + "'; known strategies: " + String.join(", ", names())));
        double[] args = parameters(spec, matcher.group(2));
        if (args.length < definition.minParameters || args.length > definition.maxParameters) {
            throw new IllegalArgumentException("strategy '" + name + "' takes " + definition.arity() + ", got " + args.length + " in '" + spec.trim() + "'"
                    + (definition.usage.isEmpty() ? "" : "; usage: " + name + "(" + definition.usage + ")"));
        }
        return definition.create.apply(args);
    }

    /** The strategy each name gives, in the same order. */
    public static List<Strategy> parseAll(List<String> specs) {
        return specs.stream().map(Strategies::parse).collect(Collectors.toUnmodifiableList());
    }

    /** The known names, in the order of the registry. */
    public static List<String> names() {
        return DEFINITIONS.stream().map(definition -> definition.name).collect(Collectors.toUnmodifiableList());
    }

    /** Every strategy that can be made without parameters, with its defaults, in registry order. */
    public static List<Strategy> defaults() {
        List<Strategy> strategies = new ArrayList<>();
        for (Definition definition : DEFINITIONS) {
            if (definition.minParameters == 0) {
                strategies.add(definition.create.apply(new double[0]));
            }
        }
        return Collections.unmodifiableList(strategies);
    }

    /** A one-line usage of every strategy, e.g. {@code random[(cooperation probability ...)]}. */
    public static List<String> usages() {
        return DEFINITIONS.stream()
                .map(definition -> definition.usage.isEmpty() ? definition.name : definition.name + "(" + definition.usage + ")")
                .collect(Collectors.toUnmodifiableList());
    }

    static void requireProbability(String parameter, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(parameter + " must be a probability in [0, 1], got " + value);
        }
    }

    /** {@code name(p1, p2, ...)} with each number written as briefly as parsing back allows. */
    static String nameWith(String name, double... parameters) {
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < parameters.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            double value = parameters[i];
            text.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
        }
        return text.append(')').toString();
    }

    private static double[] parameters(String spec, String list) {
        if (list == null || list.isBlank()) {
            return new double[0];
        }
        String[] parts = list.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            try {
                values[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " of strategy '" + spec.trim() + "' is not a number: '" + part + "'", e);
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("parameter " + (i + 1) + " of strategy '" + spec.trim() + "' must be a finite number, got '" + part + "'");
            }
        }
        return values;
    }

    private static int wholeNumber(String strategy, String parameter, double value) {
        if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(parameter + " of strategy '" + strategy + "' must be a whole number, got " + value);
        }
        return (int) value;
    }

    private record Definition(String name, String usage, int minParameters, int maxParameters, Function<double[], Strategy> create) {

        String arity() {
            if (maxParameters == 0) {
                return "no parameters";
            }
            String count = minParameters == maxParameters ? Integer.toString(maxParameters) : minParameters + " to " + maxParameters;
            return count + (maxParameters == 1 ? " parameter" : " parameters");
        }
    }
}
