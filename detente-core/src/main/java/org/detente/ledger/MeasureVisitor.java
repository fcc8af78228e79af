package org.detente.ledger;

/**
 * One method per kind of {@link Measure}: every fold, codec, form and wording of a measure goes through
 * an implementation of this interface, so adding a measure record (and its method here) fails the
 * build at each place that must handle it, instead of being skipped by a chain of {@code instanceof}.
 *
 * @param <R> what the visit answers ({@link Void} for folds that only change their own state)
 */
public interface MeasureVisitor<R> {
    R staffExpelled(StaffExpelled measure);

    R staffDeparted(StaffDeparted measure);

    R staffAccredited(StaffAccredited measure);

    R visaDenied(VisaDenied measure);

    R visaGranted(VisaGranted measure);

    R visaExtended(VisaExtended measure);

    R staffCapSet(StaffCapSet measure);

    R staffLevelReported(StaffLevelReported measure);

    R missionOpened(MissionOpened measure);

    R missionLimited(MissionLimited measure);

    R missionSuspended(MissionSuspended measure);

    R missionClosed(MissionClosed measure);

    R missionSeized(MissionSeized measure);

    R missionReturned(MissionReturned measure);

    R missionReopened(MissionReopened measure);

    R restrictionImposed(RestrictionImposed measure);

    R restrictionLifted(RestrictionLifted measure);

    R channelSuspended(ChannelSuspended measure);

    R channelRestored(ChannelRestored measure);

    R visaServiceChanged(VisaServiceChanged measure);

    R airLinkSuspended(AirLinkSuspended measure);

    R airLinkResumed(AirLinkResumed measure);

    R sanctionImposed(SanctionImposed measure);

    R sanctionEased(SanctionEased measure);

    R sanctionLifted(SanctionLifted measure);

    R talksHeld(TalksHeld measure);

    R commitmentMade(CommitmentMade measure);

    R commitmentFulfilled(CommitmentFulfilled measure);

    R commitmentBroken(CommitmentBroken measure);

    R statementOfPosition(StatementOfPosition measure);

    R conditionChanged(ConditionChanged measure);

    R retraction(Retraction measure);

    R channelMet(ChannelMet measure);

    R agrementRequested(AgrementRequested measure);

    R agrementGranted(AgrementGranted measure);

    R credentialsPresented(CredentialsPresented measure);

    R headOfMissionDeparted(HeadOfMissionDeparted measure);

    R chargeDAffairesNamed(ChargeDAffairesNamed measure);

    R visaRoutingChanged(VisaRoutingChanged measure);

    R visaClassPaused(VisaClassPaused measure);

    R visaClassResumed(VisaClassResumed measure);

    R talksAnnounced(TalksAnnounced measure);

    R talksCancelled(TalksCancelled measure);

    R visaWaitReported(VisaWaitReported measure);
}
