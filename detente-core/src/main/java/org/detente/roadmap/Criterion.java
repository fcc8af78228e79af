package org.detente.roadmap;

import java.util.List;
import org.detente.state.RelationsState;

/**
 * A measurable test of a goal against the state of relations: a closed set of records, one per
 * kind of fact détente tracks, so a roadmap never evaluates free-form expressions. Each record is
 * written in {@code roadmap.yaml} as a map with a {@code type:} key ({@link #type()}) and its
 * fields; {@code docs/roadmap.md} lists them. Criteria compose with {@link AllOf} and {@link AnyOf}.
 *
 * <p>Evaluation is a pure function of the context: no clock, no I/O. A criterion that cannot know
 * a figure (a staff level never reported) is not met and says why; it never guesses.
 */
public sealed interface Criterion permits StaffMultipleReached, StaffAtLeast, MissionHasStatus,
        RestrictionNotInForce, NoRestrictionsInForce, ChannelsActive, VisaIssuanceAtLeast, AirLinkOperating,
        SanctionRelieved, CommitmentIsFulfilled, ConditionHolds, HeadsOfMissionInPost, AllOf, AnyOf {

    /** The code of this kind of criterion in files ({@code staff-multiple}). */
    String type();

    /** Checks the criterion against the context. */
    CriterionResult evaluate(CriterionContext context);

    /** The criterion in words, for presenters ({@code "staff of RU in US >= 25x the level of 2025-02-01"}). */
    String describe();

    /** Whether the criterion holds in {@code state}; figures at other dates count as unknown. */
    default boolean isSatisfiedBy(RelationsState state) {
        return evaluate(CriterionContext.of(state)).met();
    }

    /** Both this and {@code other}. */
    default Criterion and(Criterion other) {
        return new AllOf(List.of(this, other));
    }

    /** This or {@code other}. */
    default Criterion or(Criterion other) {
        return new AnyOf(List.of(this, other));
    }

    static Criterion allOf(Criterion... criteria) {
        return new AllOf(List.of(criteria));
    }

    static Criterion anyOf(Criterion... criteria) {
        return new AnyOf(List.of(criteria));
    }
}
