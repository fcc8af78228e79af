package org.detente.ledger;

/**
 * Something that happened between the two states, or was observed or said: the payload of a
 * ledger entry. Records are named in the past tense; the metadata every entry shares (times,
 * sources, author, actor and target) lives in {@link Entry}. Adding a type means adding a record
 * here, a {@link MeasureType} and a method of {@link MeasureVisitor}; the compiler then points at
 * every fold, codec and wording that must handle it.
 */
public sealed interface Measure permits StaffMeasure, MissionMeasure, StaffCapSet, StaffLevelReported,
        RestrictionImposed, RestrictionLifted, ChannelSuspended, ChannelRestored, VisaServiceChanged,
        AirLinkSuspended, AirLinkResumed, SanctionImposed, SanctionEased, SanctionLifted, TalksHeld,
        CommitmentMade, CommitmentFulfilled, CommitmentBroken, StatementOfPosition, ConditionChanged,
        Retraction, ChannelMet, HeadOfMissionMeasure, VisaRoutingChanged, VisaClassPaused, VisaClassResumed,
        TalksAnnounced, TalksCancelled, VisaWaitReported {

    MeasureType type();

    /** Calls the method of {@code visitor} for this kind of measure. */
    <R> R accept(MeasureVisitor<R> visitor);

    /** The size of the measure for reciprocity: people for staff measures, 1 for the rest. */
    default int magnitude() {
        return 1;
    }
}
