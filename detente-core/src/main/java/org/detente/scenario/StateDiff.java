package org.detente.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.detente.model.Codes;
import org.detente.model.Country;
import org.detente.model.Headcount;
import org.detente.model.StaffCategory;
import org.detente.state.AirLinkState;
import org.detente.state.ChannelState;
import org.detente.state.CommitmentState;
import org.detente.state.ConditionState;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;
import org.detente.state.SanctionState;
import org.detente.state.StaffState;
import org.detente.state.TalksRound;

/**
 * The readable differences between two states of the same dyad. Each thing is described by what
 * matters about it (a mission by its status and visa work, not by the date of its last entry), and
 * a change is reported when the descriptions differ, so re-stating a fact is no change. Things
 * present on one side only read {@code "none"} (or {@code "not imposed"}, {@code "not made"}) on the other.
 */
public final class StateDiff {
    private StateDiff() {
    }

    /** Every difference from {@code before} to {@code after}, grouped by kind in {@link ChangeKind} order. */
    public static List<StateChange> between(RelationsState before, RelationsState after) {
        if (!before.dyad().equals(after.dyad())) {
            throw new IllegalArgumentException("cannot compare states of " + before.dyad() + " and " + after.dyad());
        }
        List<StateChange> changes = new ArrayList<>();
        compare(changes, ChangeKind.MISSION, before.missions(), after.missions(), m -> m.mission().id().value(),
                StateDiff::describe, "none");
        for (Country sending : List.of(before.dyad().first(), before.dyad().second())) {
            add(changes, ChangeKind.STAFF, sending.code(), describe(before.staffOf(sending)),
                    describe(after.staffOf(sending)));
        }
        compare(changes, ChangeKind.RESTRICTION, before.restrictions(), after.restrictions(), r -> r.id().value(),
                StateDiff::describe, "not imposed");
        compare(changes, ChangeKind.CHANNEL, before.channels(), after.channels(), c -> c.channel().id().value(),
                StateDiff::describe, "none");
        compare(changes, ChangeKind.AIR_LINK, before.airLinks(), after.airLinks(), a -> a.airLink().id().value(),
                StateDiff::describe, "none");
        compare(changes, ChangeKind.SANCTION, before.sanctions(), after.sanctions(), s -> s.id().value(),
                StateDiff::describe, "not imposed");
        compare(changes, ChangeKind.COMMITMENT, before.commitments(), after.commitments(), c -> c.id().value(),
                StateDiff::describe, "not made");
        compare(changes, ChangeKind.CONDITION, before.conditions(), after.conditions(),
                c -> c.condition().id().value(), StateDiff::describe, "not defined");
        add(changes, ChangeKind.TALKS, "rounds", describeTalks(before.talks()), describeTalks(after.talks()));
        return changes;
    }

    private static <T> void compare(List<StateChange> changes, ChangeKind kind, List<T> before, List<T> after,
                                    Function<T, String> key, Function<T, String> describe, String absent) {
        Map<String, String[]> pairs = new LinkedHashMap<>();
        for (T item : before) {
            pairs.computeIfAbsent(key.apply(item), k -> new String[] {absent, absent})[0] = describe.apply(item);
        }
        for (T item : after) {
            pairs.computeIfAbsent(key.apply(item), k -> new String[] {absent, absent})[1] = describe.apply(item);
        }
        pairs.forEach((subject, pair) -> add(changes, kind, subject, pair[0], pair[1]));
    }

    private static void add(List<StateChange> changes, ChangeKind kind, String subject, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new StateChange(kind, subject, before, after));
        }
    }

    static String describe(MissionState mission) {
        StringBuilder text = new StringBuilder(Codes.of(mission.status()));
        mission.effectiveVisaIssuance().ifPresent(level -> text.append(", visas ").append(Codes.of(level)));
        mission.monthlyCapacity().ifPresent(capacity -> text.append(", ").append(capacity).append(" visas/month"));
        return text.toString();
    }

    static String describe(StaffState staff) {
        StringBuilder text = new StringBuilder();
        if (staff.level().isEmpty()) {
            text.append("unknown");
        } else {
            Headcount level = staff.level().get();
            text.append(level.total() == null ? "total unknown" : "total " + level.total());
            StringJoiner categories = new StringJoiner(", ", " (", ")").setEmptyValue("");
            for (StaffCategory category : StaffCategory.values()) {
                Integer count = level.of(category);
                if (count != null) {
                    categories.add(Codes.of(category) + " " + count);
                }
            }
            text.append(categories);
        }
        staff.cap().ifPresent(cap -> text.append("; cap ").append(cap));
        return text.toString();
    }

    static String describe(RestrictionState restriction) {
        return restriction.inForce() ? "in force" : "lifted on " + restriction.liftedOn().get();
    }

    static String describe(ChannelState channel) {
        return Codes.of(channel.status());
    }

    static String describe(AirLinkState airLink) {
        return Codes.of(airLink.status());
    }

    static String describe(SanctionState sanction) {
        return Codes.of(sanction.status());
    }

    static String describe(CommitmentState commitment) {
        return Codes.of(commitment.status());
    }

    static String describe(ConditionState condition) {
        return condition.holds() ? "holds" : "does not hold";
    }

    private static String describeTalks(List<TalksRound> talks) {
        if (talks.isEmpty()) {
            return "none held";
        }
        TalksRound last = talks.get(talks.size() - 1);
        return talks.size() + " held, last " + last.date() + " in " + last.venue();
    }
}
