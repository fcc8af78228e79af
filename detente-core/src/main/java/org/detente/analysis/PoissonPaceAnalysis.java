package org.detente.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.statistics.distribution.FDistribution;
import org.detente.state.TalksRound;

/**
 * The pace of talks and a forecast of when open goals would be met, treating goals met since the
 * first round as a Poisson process.
 *
 * <p><b>Rate.</b> With {@code n} goals met over {@code t} days since talks began, the observed rate
 * is {@code n / t} (shown per month of 365.2425/12 days).
 *
 * <p><b>Forecast.</b> Open goals are taken in the order given (the roadmap passes them in its
 * order); the {@code k}-th is expected after {@code k} more goals, at {@code k·t/n} days. The
 * interval is the predictive interval of the waiting time {@code T_k} to the {@code k}-th event when
 * the rate is uncertain: with the Jeffreys prior the rate's posterior is Gamma({@code n + ½}, rate
 * {@code t}), and then {@code T_k · (n + ½) / (k · t)} follows an F distribution with {@code 2k} and
 * {@code 2n + 1} degrees of freedom; the interval is that distribution's central quantiles. With
 * fewer than {@link PaceRules#minimumGoalsMet()} goals met, or no talks yet, the analysis answers
 * {@link GoalForecast.CannotForecast} for every open goal.
 */
public final class PoissonPaceAnalysis {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private final List<TalksRound> talks;
    private final List<GoalMilestone> goals;
    private final PaceRules rules;

    /** The pace of {@code talks} (any order) and {@code goals} (in the order forecasts should rank them). */
    public PoissonPaceAnalysis(List<TalksRound> talks, List<GoalMilestone> goals, PaceRules rules) {
        Objects.requireNonNull(talks, "talks is required");
        Objects.requireNonNull(goals, "goals is required");
        this.rules = Objects.requireNonNull(rules, "rules is required");
        List<TalksRound> sorted = new ArrayList<>(talks);
        sorted.sort(Comparator.comparing(TalksRound::date));
        this.talks = List.copyOf(sorted);
        Set<String> seen = new HashSet<>();
        for (GoalMilestone goal : goals) {
            if (!seen.add(goal.goalId())) {
                throw new IllegalArgumentException("goals: goal " + goal.goalId() + " is listed twice");
            }
        }
        this.goals = List.copyOf(goals);
    }

    /** The pace with the default rules. */
    public PoissonPaceAnalysis(List<TalksRound> talks, List<GoalMilestone> goals) {
        this(talks, goals, PaceRules.DEFAULT);
    }

    /**
     * The rounds on or after {@code start}, in the order given. A roadmap's talks begin at its
     * trigger: rounds held before it belong to earlier negotiations and would stretch the time
     * over which its goals' pace is measured.
     */
    public static List<TalksRound> roundsFrom(List<TalksRound> talks, LocalDate start) {
        Objects.requireNonNull(talks, "talks is required");
        Objects.requireNonNull(start, "start is required");
        return talks.stream().filter(round -> !round.date().date().isBefore(start)).toList();
    }

    /** The pace as of {@code asOf}; rounds after it are left out. */
    public PaceReport asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf is required");
        for (GoalMilestone goal : goals) {
            if (goal.metOn().isPresent() && goal.metOn().get().isAfter(asOf)) {
                throw new IllegalArgumentException("goal " + goal.goalId() + " is met on " + goal.metOn().get()
                        + ", after the date asked for " + asOf);
            }
        }
        List<RoundSince> rounds = new ArrayList<>();
        LocalDate previous = null;
        for (TalksRound round : talks) {
            LocalDate date = round.date().date();
            if (date.isAfter(asOf)) {
                break;
            }
            rounds.add(new RoundSince(round.entry(), round.date(), round.venue(), ChronoUnit.DAYS.between(date, asOf),
                    previous == null ? OptionalLong.empty() : OptionalLong.of(ChronoUnit.DAYS.between(previous, date))));
            previous = date;
        }
        Optional<LocalDate> began = rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(0).date().date());
        int since = 0;
        int before = 0;
        List<GoalMilestone> open = new ArrayList<>();
        for (GoalMilestone goal : goals) {
            if (goal.metOn().isEmpty()) {
                open.add(goal);
            } else if (began.isPresent() && !goal.metOn().get().isBefore(began.get())) {
                since++;
            } else {
                before++;
            }
        }
        long days = began.map(b -> ChronoUnit.DAYS.between(b, asOf)).orElse(0L);
        OptionalDouble perMonth = began.isPresent() && days > 0
                ? OptionalDouble.of(since / (days / DAYS_PER_MONTH)) : OptionalDouble.empty();
        List<GoalForecast> forecasts = new ArrayList<>();
        Optional<String> refusal = refusal(began, days, since);
        for (int k = 1; k <= open.size(); k++) {
            String id = open.get(k - 1).goalId();
            forecasts.add(refusal.isPresent() ? new GoalForecast.CannotForecast(id, refusal.get())
                    : forecast(id, k, since, days, asOf));
        }
        return new PaceReport(asOf, began, rounds, since, before, open.size(), perMonth, forecasts);
    }

    private Optional<String> refusal(Optional<LocalDate> began, long days, int met) {
        if (began.isEmpty()) {
            return Optional.of("no talks have been held, so there is no pace to extrapolate");
        }
        if (days <= 0) {
            return Optional.of("talks began on " + began.get() + ", too recently to measure a pace");
        }
        if (met < rules.minimumGoalsMet()) {
            return Optional.of(met + " goal(s) met since talks began on " + began.get() + "; at least "
                    + rules.minimumGoalsMet() + " are needed to forecast");
        }
        return Optional.empty();
    }

    private GoalForecast forecast(String goalId, int k, int n, long days, LocalDate asOf) {
        double shape = n + 0.5;
        FDistribution f = FDistribution.of(2.0 * k, 2.0 * shape);
        double scale = k * (double) days / shape;
        double tail = (1 - rules.intervalLevel()) / 2;
        long expected = Math.round(k * (double) days / n);
        long low = Math.round(scale * f.inverseCumulativeProbability(tail));
        long high = Math.round(scale * f.inverseCumulativeProbability(1 - tail));
        return new GoalForecast.Expected(goalId, k, asOf.plusDays(expected), asOf.plusDays(low), asOf.plusDays(high),
                rules.intervalLevel());
    }
}
