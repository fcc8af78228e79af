package org.detente.store.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.ledger.AirLinkResumed;
import org.detente.ledger.AirLinkSuspended;
import org.detente.ledger.ChannelRestored;
import org.detente.ledger.ChannelSuspended;
import org.detente.ledger.CommitmentBroken;
import org.detente.ledger.CommitmentFulfilled;
import org.detente.ledger.CommitmentMade;
import org.detente.ledger.ConditionChanged;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Measure;
import org.detente.ledger.MeasureType;
import org.detente.ledger.MissionClosed;
import org.detente.ledger.MissionLimited;
import org.detente.ledger.MissionOpened;
import org.detente.ledger.MissionReopened;
import org.detente.ledger.MissionReturned;
import org.detente.ledger.MissionSeized;
import org.detente.ledger.MissionSuspended;
import org.detente.ledger.RestrictionImposed;
import org.detente.ledger.RestrictionLifted;
import org.detente.ledger.Retraction;
import org.detente.ledger.SanctionEased;
import org.detente.ledger.SanctionImposed;
import org.detente.ledger.SanctionLifted;
import org.detente.ledger.StaffAccredited;
import org.detente.ledger.StaffCapSet;
import org.detente.ledger.StaffDeparted;
import org.detente.ledger.StaffExpelled;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.StatementOfPosition;
import org.detente.ledger.TalksHeld;
import org.detente.ledger.VisaDenied;
import org.detente.ledger.VisaExtended;
import org.detente.ledger.VisaGranted;
import org.detente.ledger.VisaServiceChanged;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.CommitmentId;
import org.detente.model.ConditionId;
import org.detente.model.Confidence;
import org.detente.model.DatePrecision;
import org.detente.model.Dyad;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionId;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionTargetKind;
import org.detente.model.StaffCategory;
import org.detente.model.TrackId;
import org.detente.model.VisaIssuance;
import org.detente.testkit.Entries;

/**
 * One measure of every {@link MeasureType} (the switch has no default, so a new type does not
 * compile until it has one here), and entries that carry them at any date and precision.
 */
public final class EveryMeasure {
    public static final Dyad US_RU = Entries.US_RU;
    /** Years at the edges of what is stored, and around the one that was once stored as "999". */
    public static final List<Integer> EDGE_YEARS = List.of(1, 9, 10, 99, 100, 999, 1000, 1969, 2025, 9999);

    private EveryMeasure() {
    }

    public static Measure of(MeasureType type) {
        Optional<MissionId> embassy = Optional.of(MissionId.of("us-embassy-moscow"));
        return switch (type) {
            case STAFF_EXPELLED -> new StaffExpelled(35, StaffCategory.DIPLOMATIC, embassy);
            case STAFF_DEPARTED -> new StaffDeparted(2, StaffCategory.LOCAL, Optional.empty());
            case STAFF_ACCREDITED -> new StaffAccredited(3, StaffCategory.ADMIN_TECHNICAL, embassy);
            case VISA_DENIED -> new VisaDenied(4, StaffCategory.DIPLOMATIC, Optional.empty());
            case VISA_GRANTED -> new VisaGranted(5, StaffCategory.DIPLOMATIC, embassy);
            case VISA_EXTENDED -> new VisaExtended(6, StaffCategory.DIPLOMATIC, Optional.empty());
            case STAFF_CAP_SET -> new StaffCapSet(455);
            case STAFF_LEVEL_REPORTED -> new StaffLevelReported(new Headcount(120, null, 0, null),
                    Optional.of(new org.detente.model.StaffScope(org.detente.model.MissionScope.BILATERAL_AND_UN,
                            org.detente.model.StaffCounted.ALL_STAFF)), "a U.S. official", org.detente.model.FigureBound.AT_LEAST);
            case MISSION_OPENED -> new MissionOpened(MissionId.of("us-consulate-yekaterinburg"));
            case MISSION_LIMITED -> new MissionLimited(MissionId.of("us-embassy-moscow"));
            case MISSION_SUSPENDED -> new MissionSuspended(MissionId.of("us-consulate-yekaterinburg"));
            case MISSION_CLOSED -> new MissionClosed(MissionId.of("ru-consulate-san-francisco"));
            case MISSION_SEIZED -> new MissionSeized(MissionId.of("ru-consulate-san-francisco"));
            case MISSION_RETURNED -> new MissionReturned(MissionId.of("ru-consulate-san-francisco"));
            case MISSION_REOPENED -> new MissionReopened(MissionId.of("ru-consulate-san-francisco"));
            case RESTRICTION_IMPOSED -> new RestrictionImposed(RestrictionId.of("travel-notice"),
                    RestrictionKind.values()[0], "48 hours' notice of travel beyond 25 miles, \"quoted\", é€");
            case RESTRICTION_LIFTED -> new RestrictionLifted(RestrictionId.of("travel-notice"));
            case CHANNEL_SUSPENDED -> new ChannelSuspended(ChannelId.of("arctic"));
            case CHANNEL_RESTORED -> new ChannelRestored(ChannelId.of("arctic"));
            case VISA_SERVICE_CHANGED -> new VisaServiceChanged(MissionId.of("us-embassy-moscow"),
                    VisaIssuance.values()[0], OptionalInt.of(300));
            case AIR_LINK_SUSPENDED -> new AirLinkSuspended(AirLinkId.of("moscow-new-york"));
            case AIR_LINK_RESUMED -> new AirLinkResumed(AirLinkId.of("moscow-new-york"));
            case SANCTION_IMPOSED -> new SanctionImposed(SanctionId.of("aeroflot-banking"), "Aeroflot",
                    SanctionTargetKind.values()[0], "no access to US banking");
            case SANCTION_EASED -> new SanctionEased(SanctionId.of("aeroflot-banking"));
            case SANCTION_LIFTED -> new SanctionLifted(SanctionId.of("aeroflot-banking"));
            case TALKS_HELD -> new TalksHeld("Istanbul", List.of("US", "RU"), List.of("embassies", "visas"),
                    "agreed to meet again", List.of(TrackId.of("diplomatic-relations")),
                    Optional.of(org.detente.model.TalksFormat.ROUND), java.util.OptionalDouble.of(6.5));
            case COMMITMENT_MADE -> new CommitmentMade(CommitmentId.of("embassy-banking"), "restore banking",
                    Optional.of(LocalDate.of(999, 12, 31)), Optional.of(TrackId.of("diplomatic-relations")));
            case COMMITMENT_FULFILLED -> new CommitmentFulfilled(CommitmentId.of("embassy-banking"));
            case COMMITMENT_BROKEN -> new CommitmentBroken(CommitmentId.of("embassy-banking"));
            case STATEMENT -> new StatementOfPosition("Spokesperson", "Normalization follows peace",
                    Optional.of(TrackId.of("war-in-ukraine")));
            case CONDITION_CHANGED -> new ConditionChanged(ConditionId.of("peace-in-ukraine"), false);
            case RETRACTION -> new Retraction(EntryId.of("e-recorded-twice"), "recorded twice");
            case CHANNEL_MET -> new org.detente.ledger.ChannelMet(ChannelId.of("embassy-operations"), "Istanbul",
                    "six and a half hours", List.of(TrackId.of("diplomatic-relations")));
            case AGREMENT_REQUESTED -> new org.detente.ledger.AgrementRequested(MissionId.of("ru-embassy-washington"),
                    "Alexander Darchiev");
            case AGREMENT_GRANTED -> new org.detente.ledger.AgrementGranted(MissionId.of("ru-embassy-washington"),
                    "Alexander Darchiev");
            case CREDENTIALS_PRESENTED -> new org.detente.ledger.CredentialsPresented(
                    MissionId.of("ru-embassy-washington"), "Alexander Darchiev");
            case HEAD_OF_MISSION_DEPARTED -> new org.detente.ledger.HeadOfMissionDeparted(
                    MissionId.of("us-embassy-moscow"), "Lynne Tracy");
            case CHARGE_D_AFFAIRES_NAMED -> new org.detente.ledger.ChargeDAffairesNamed(
                    MissionId.of("us-embassy-moscow"), "a chargé d'affaires");
            case VISA_ROUTING_CHANGED -> new org.detente.ledger.VisaRoutingChanged(
                    org.detente.model.VisaClass.IMMIGRANT, "U.S. Embassy Warsaw", "immigrant visas for Russians");
            case VISA_CLASS_PAUSED -> new org.detente.ledger.VisaClassPaused(org.detente.model.VisaClass.IMMIGRANT,
                    "", "paused for nationals of 75 countries");
            case VISA_CLASS_RESUMED -> new org.detente.ledger.VisaClassResumed(
                    org.detente.model.VisaClass.NONIMMIGRANT, "B1/B2", "");
            case TALKS_ANNOUNCED -> new org.detente.ledger.TalksAnnounced("Budapest",
                    Optional.of(HistoricalDate.parse("2025-11")), org.detente.model.TalksFormat.SUMMIT,
                    List.of(TrackId.of("war-in-ukraine")));
            case TALKS_CANCELLED -> new org.detente.ledger.TalksCancelled("Budapest", Optional.empty(),
                    org.detente.model.TalksFormat.SUMMIT, "no progress expected", List.of());
            case VISA_WAIT_REPORTED -> new org.detente.ledger.VisaWaitReported("U.S. Embassy Warsaw",
                    org.detente.model.VisaClass.NONIMMIGRANT, "B1/B2", OptionalInt.of(300),
                    org.detente.model.FigureBound.AT_LEAST, "State Department wait-time tool", "\"over\" 300 days");
        };
    }

    /** The first day of a period of {@code precision} in {@code year}, as the ledger places it. */
    public static HistoricalDate date(int year, DatePrecision precision) {
        return switch (precision) {
            case DAY -> HistoricalDate.ofDay(LocalDate.of(year, 7, 14));
            case MONTH -> new HistoricalDate(LocalDate.of(year, 7, 1), DatePrecision.MONTH);
            case YEAR -> new HistoricalDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
        };
    }

    /** An entry of {@code measure} on {@code occurredOn}, recorded and sourced on its first day (the kit's entry). */
    public static Entry entry(String id, HistoricalDate occurredOn, Measure measure) {
        return Entries.entry(id).on(occurredOn).confidence(Confidence.MEDIUM).note("note for " + id).does(measure);
    }
}
