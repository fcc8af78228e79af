package org.detente.ledger;

/**
 * Something that happened between the two states, or was observed or said: the payload of a
 * ledger entry. Records are named in the past tense; the metadata every entry shares (times,
 * sources, author, actor and target) lives in {@link Entry}. Adding a type means adding a record
 * here and a {@link MeasureType}; the compiler then points at every fold that must handle it.
 */
public sealed interface Measure permits StaffMeasure, MissionMeasure, StaffCapSet, StaffLevelReported,
        RestrictionImposed, RestrictionLifted, ChannelSuspended, ChannelRestored, VisaServiceChanged,
        AirLinkSuspended, AirLinkResumed, SanctionImposed, SanctionEased, SanctionLifted, TalksHeld,
        CommitmentMade, CommitmentFulfilled, CommitmentBroken, StatementOfPosition, ConditionChanged,
        Retraction {

    MeasureType type();

    /** The size of the measure for reciprocity: people for staff measures, 1 for the rest. */
    default int magnitude() {
        return 1;
    }
}
