package org.detente.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.detente.analysis.GapStatus;
import org.detente.analysis.StaffGap;
import org.detente.analysis.StaffTarget;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.FigureBound;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionKind;
import org.detente.model.MissionStatus;
import org.detente.model.VisaIssuance;
import org.detente.roadmap.Goal;
import org.detente.state.ChannelState;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;
import org.detente.state.StaffFigure;
import org.detente.state.StaffState;

/**
 * The headline gaps in words: one sentence per gap that answers the question behind it (how far is
 * the staff from the target, and from where it once was; how many posts issue visas; what is closed,
 * restricted, silent). Every name and figure comes from the dyad's definitions, the state and the
 * gap, so the sentences hold for any dyad; a figure the record does not give is said to be missing,
 * never guessed.
 */
public final class GapWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String[] FRACTIONS = {"", "", "half", "a third", "a quarter", "a fifth", "a sixth",
        "a seventh", "an eighth", "a ninth", "a tenth", "an eleventh", "a twelfth"};

    private final DyadDefinition definition;

    public GapWords(DyadDefinition definition) {
        this.definition = definition;
    }

    /**
     * The staff of the target's side now, against the earliest figure the record gives and against
     * the goal's target: "United States has 127 staff in Russia as of the report of 10 April 2025,
     * about a ninth of January 2017's about 1,200 (embassy and consulates, all staff); the goal … aims
     * at 15× the level of 10 April 2025, 1,905, 1.6 times January 2017's level."
     *
     * @param gap  the gap as of its date
     * @param now  the state of the target's side on that date (when and how its level was reported)
     * @param goal the roadmap goal the target belongs to, when found
     */
    public String staff(StaffGap gap, StaffState now, Optional<Goal> goal) {
        StaffTarget target = gap.target();
        String side = name(target.sending());
        String host = name(definition.dyad().other(target.sending()));
        String category = target.category().map(c -> switch (c) {
            case DIPLOMATIC -> "diplomatic ";
            case ADMIN_TECHNICAL -> "admin-technical ";
            case LOCAL -> "local ";
        }).orElse("");
        StringBuilder text = new StringBuilder();
        Optional<StaffFigure> earliest = gap.earliestReported();
        if (gap.currentLevel().isPresent()) {
            text.append(side).append(" has ").append(number(gap.currentLevel().getAsInt())).append(' ').append(category)
                    .append("staff in ").append(host);
            now.reportedOn().ifPresent(on -> text.append(" as of the report of ").append(date(on)));
            if (now.changesSinceReport() > 0) {
                text.append(" and the ").append(now.changesSinceReport())
                        .append(now.changesSinceReport() == 1 ? " change" : " changes").append(" recorded since");
            }
            earliest.filter(f -> f.reported().total() != null && f.reported().total() > 0
                    && !now.reportedOn().map(on -> on.equals(f.reportedOn())).orElse(false)).ifPresent(f ->
                    text.append(", ").append(share(gap.currentLevel().getAsInt(), f.reported().total())).append(' ')
                            .append(date(f.reportedOn())).append("'s ").append(figure(f)));
        } else {
            text.append("No report gives ").append(side).append("'s ").append(category).append("staff in ").append(host)
                    .append(" as of ").append(date(gap.asOf()));
            earliest.ifPresent(f -> text.append("; the earliest figure the record gives is ").append(figure(f))
                    .append(", of ").append(date(f.reportedOn()))
                    .append(f.reportedBy().isEmpty() ? "" : ", by " + f.reportedBy()));
        }
        String times = target.rangeText().orElse(multiple(target.multiple()) + "×");
        if (!times.endsWith("×")) {
            times = times + "×";
        }
        text.append("; ").append(goal.map(g -> "the goal “" + g.title() + "”").orElse("the roadmap"));
        String level = times + " the level of " + date(target.baseline());
        switch (gap.status()) {
            case MET -> text.append(", ").append(level).append(", is reached");
            case BASELINE_UNKNOWN -> text.append(" aims at ").append(level).append(", which no report gives");
            case BASELINE_ZERO -> text.append(" aims at ").append(level)
                    .append(", which was zero: no multiple of zero reaches a target");
            default -> {
                text.append(" aims at ").append(level);
                gap.baselineLevel().ifPresent(b -> text.append(" (").append(number(b)).append(")"));
                gap.targetLevel().ifPresent(t -> text.append(", ").append(number(t)));
                if (gap.targetAgainstEarliest().isPresent() && earliest.isPresent()) {
                    text.append(", ").append(times(gap.targetAgainstEarliest().getAsDouble())).append(' ')
                            .append(date(earliest.get().reportedOn())).append("'s level");
                }
                if (gap.status() == GapStatus.OPEN && gap.cap().isPresent() && gap.capHeadroom().isPresent()
                        && gap.shortfall().isPresent()) {
                    int room = gap.capHeadroom().getAsInt();
                    text.append("; ").append(name(definition.dyad().other(target.sending()))).append("'s cap of ")
                            .append(number(gap.cap().getAsInt()))
                            .append(room <= 0 ? " leaves no room" : " leaves room for " + number(room) + " more")
                            .append(room >= gap.shortfall().getAsInt() ? ", enough for the "
                                    : ", short of the ").append(number(gap.shortfall().getAsInt())).append(" still needed");
                }
            }
        }
        return text.append('.').toString();
    }

    /** How many consular posts of each side issue visas, naming those that do and at what level. */
    public String visas(RelationsState state) {
        List<String> sides = new ArrayList<>();
        for (Country sending : List.of(definition.dyad().first(), definition.dyad().second())) {
            List<String> issuing = new ArrayList<>();
            int posts = 0;
            for (MissionState mission : state.missions()) {
                if (!mission.mission().sending().equals(sending) || mission.mission().visaIssuance().isEmpty()) {
                    continue;
                }
                posts++;
                VisaIssuance level = mission.effectiveVisaIssuance().orElse(VisaIssuance.NONE);
                if (level != VisaIssuance.NONE) {
                    issuing.add(mission.mission().name() + ": " + EntryWords.lower(level));
                }
            }
            if (posts > 0) {
                sides.add(issuing.size() + " of " + posts + " consular " + (posts == 1 ? "post" : "posts") + " of "
                        + name(sending) + " in " + name(definition.dyad().other(sending))
                        + (issuing.isEmpty() ? "" : " (" + String.join("; ", issuing) + ")"));
            }
        }
        if (sides.isEmpty()) {
            return "The dataset names no post that issues visas.";
        }
        return "As of " + date(state.asOf()) + ", " + String.join(", and ", sides) + " issue visas.";
    }

    /** The consulates and premises closed or seized, by the country they stand in. */
    public String closures(RelationsState state) {
        List<String> sides = new ArrayList<>();
        int count = 0;
        for (Country host : List.of(definition.dyad().first(), definition.dyad().second())) {
            List<String> shut = new ArrayList<>();
            for (MissionState mission : state.missions()) {
                if (mission.mission().host().equals(host) && mission.mission().kind() != MissionKind.EMBASSY
                        && (mission.status() == MissionStatus.CLOSED || mission.status() == MissionStatus.SEIZED)) {
                    shut.add(mission.mission().name() + " (" + EntryWords.lower(mission.status()) + " "
                            + since(mission.since(), mission.knownSince().isEmpty()) + ")");
                }
            }
            count += shut.size();
            if (!shut.isEmpty()) {
                sides.add("in " + name(host) + ", " + String.join(", ", shut));
            }
        }
        if (count == 0) {
            return "As of " + date(state.asOf()) + ", no consulate or premises is closed or seized.";
        }
        return "As of " + date(state.asOf()) + ", " + count + (count == 1 ? " consulate or premises is" :
                " consulates and premises are") + " closed or seized: " + String.join("; ", sides) + ".";
    }

    /** How many restrictions each side imposes, and the oldest of them. */
    public String restrictions(RelationsState state) {
        List<RestrictionState> inForce = state.restrictionsInForce();
        if (inForce.isEmpty()) {
            return "As of " + date(state.asOf()) + ", no restriction is in force.";
        }
        List<String> sides = new ArrayList<>();
        for (Country by : List.of(definition.dyad().first(), definition.dyad().second())) {
            long n = inForce.stream().filter(r -> r.imposedBy().equals(by)).count();
            if (n > 0) {
                sides.add(n + " imposed by " + name(by));
            }
        }
        RestrictionState oldest = inForce.stream().min(java.util.Comparator.comparing(RestrictionState::since)).get();
        return "As of " + date(state.asOf()) + ", " + inForce.size() + (inForce.size() == 1 ? " restriction is" :
                " restrictions are") + " in force (" + String.join(", ", sides) + "); the oldest, since "
                + date(oldest.since()) + ": " + stop(oldest.description());
    }

    /** How many channels are active, naming the others and since when they stand so. */
    public String channels(RelationsState state) {
        List<String> active = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (ChannelState channel : state.channels()) {
            if (channel.active()) {
                active.add(channel.channel().between());
            } else {
                silent.add(channel.channel().between() + " (" + EntryWords.lower(channel.status()) + " "
                        + since(channel.since(), channel.startUnknown()) + ")");
            }
        }
        if (state.channels().isEmpty()) {
            return "The dataset names no channel between the two sides.";
        }
        return "As of " + date(state.asOf()) + ", " + active.size() + " of the " + state.channels().size()
                + " channels between the two sides " + (active.size() == 1 ? "is" : "are") + " active"
                + (active.isEmpty() ? "" : " (" + String.join(", ", active) + ")")
                + (silent.isEmpty() ? "" : "; not active: " + String.join(", ", silent)) + ".";
    }

    /** {@code text} ending with one full stop: its own when it ends with a stop, "!" or "?", else one added. */
    public static String stop(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("!") || trimmed.endsWith("?") ? trimmed : trimmed + ".";
    }

    private String name(Country country) {
        return definition.nameOf(country);
    }

    /** "10 April 2025", "January 2017" or "2016", as precisely as the date is known. */
    static String date(HistoricalDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.date());
            case MONTH -> MONTH.format(date.date());
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }

    /** "since March 2018", or "since a date no source gives (attested in 2016)". */
    private static String since(HistoricalDate since, boolean startUnknown) {
        return startUnknown ? "since a date no source gives (attested in " + date(since) + ")" : "since " + date(since);
    }

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** A figure as reported: its bound, the total and what it counts ("about 1,200 (embassy and consulates, all staff)"). */
    private static String figure(StaffFigure f) {
        return (f.bound() == FigureBound.EXACT ? "" : EntryWords.boundWords(f.bound())) + number(f.reported().total())
                + " (" + EntryWords.scopeWords(f.scope()) + ")";
    }

    /** {@code now} against {@code then} in words: "about a ninth of", "half of", "1.6 times", "about the same as". */
    static String share(int now, int then) {
        double ratio = (double) now / then;
        if (ratio > 0.95 && ratio < 1.05) {
            return now == then ? "the same as" : "about the same as";
        }
        if (ratio > 1) {
            return times(ratio);
        }
        if (now == 0) {
            return "none of";
        }
        double inverse = 1 / ratio;
        long n = Math.round(inverse);
        if (n >= 2 && n < FRACTIONS.length && Math.abs(inverse - n) / n < 0.1) {
            return (now * n == then ? "" : "about ") + FRACTIONS[(int) n] + " of";
        }
        return Math.round(ratio * 100) + "% of";
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.1f times", ratio).replace(".0 times", " times");
    }

    private static String multiple(double multiple) {
        return multiple == Math.rint(multiple) ? String.valueOf((long) multiple) : String.valueOf(multiple);
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
