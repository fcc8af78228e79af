package org.detente.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.CommitmentId;
import org.detente.model.ConditionId;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.MissionId;
import org.detente.model.RestrictionId;
import org.detente.model.SanctionId;

/**
 * The state of relations of a dyad as of a date ({@code asOf}), as known at a moment
 * ({@code knownAt}, empty for "everything recorded"). Derived from the ledger by
 * {@link Projector}; immutable. Lists keep the order of the definitions, then of the entries.
 *
 * <p>{@code restrictions}, {@code sanctions} and {@code commitments} hold every one imposed or
 * made by {@code asOf}, lifted or not; the {@code ...InForce()} views filter them.
 *
 * <p>{@code staff} is one line per sending side for the bilateral missions (what staffing goals
 * measure); {@code staffFigures} holds every reported figure by scope and reporter, so a reader
 * sees "fewer than 200 staff at the embassy and consulates (Russia)" beside "just over 400 with the
 * UN mission (a U.S. official)". {@code headsOfMission} says who leads each mission that has had a
 * head recorded, {@code visaAccess} where and whether each side's nationals get the other's visas,
 * {@code plannedTalks} the meetings announced or called off, {@code visaWaits} the latest reported wait for a
 * visa appointment per issuer, post and class.
 */
public record RelationsState(Dyad dyad, LocalDate asOf, Optional<Instant> knownAt, List<MissionState> missions,
                             List<StaffState> staff, List<RestrictionState> restrictions,
                             List<ChannelState> channels, List<AirLinkState> airLinks,
                             List<SanctionState> sanctions, List<TalksRound> talks,
                             List<CommitmentState> commitments, List<ConditionState> conditions,
                             List<Statement> statements, int entriesApplied, List<StaffFigure> staffFigures,
                             List<HeadOfMissionState> headsOfMission, List<VisaAccessState> visaAccess,
                             List<PlannedTalks> plannedTalks, List<VisaWaitState> visaWaits) {
    public RelationsState {
        visaWaits = List.copyOf(visaWaits);
        staffFigures = List.copyOf(staffFigures);
        headsOfMission = List.copyOf(headsOfMission);
        visaAccess = List.copyOf(visaAccess);
        plannedTalks = List.copyOf(plannedTalks);
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(knownAt, "knownAt is required");
        missions = List.copyOf(missions);
        staff = List.copyOf(staff);
        restrictions = List.copyOf(restrictions);
        channels = List.copyOf(channels);
        airLinks = List.copyOf(airLinks);
        sanctions = List.copyOf(sanctions);
        talks = List.copyOf(talks);
        commitments = List.copyOf(commitments);
        conditions = List.copyOf(conditions);
        statements = List.copyOf(statements);
    }

    /** A state without the lines that only scoped reports, heads of mission, visa access, planned talks and visa waits fill. */
    public RelationsState(Dyad dyad, LocalDate asOf, Optional<Instant> knownAt, List<MissionState> missions,
                          List<StaffState> staff, List<RestrictionState> restrictions, List<ChannelState> channels,
                          List<AirLinkState> airLinks, List<SanctionState> sanctions, List<TalksRound> talks,
                          List<CommitmentState> commitments, List<ConditionState> conditions,
                          List<Statement> statements, int entriesApplied) {
        this(dyad, asOf, knownAt, missions, staff, restrictions, channels, airLinks, sanctions, talks, commitments,
                conditions, statements, entriesApplied, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The latest reported waits for visas that {@code issuer} issues, every post and class. */
    public List<VisaWaitState> visaWaitsAt(Country issuer) {
        return visaWaits.stream().filter(w -> w.issuer().equals(issuer)).toList();
    }

    /** Who heads mission {@code id}, when a head of mission has been recorded for it. */
    public Optional<HeadOfMissionState> headOf(MissionId id) {
        return headsOfMission.stream().filter(h -> h.mission().equals(id)).findFirst();
    }

    /** The figures reported for the staff of {@code sending}, every scope and reporter. */
    public List<StaffFigure> staffFiguresOf(Country sending) {
        return staffFigures.stream().filter(f -> f.sending().equals(sending)).toList();
    }

    /** The talks announced and not called off, nor held since (a round held after the announcement). */
    public List<PlannedTalks> upcomingTalks() {
        return plannedTalks.stream().filter(p -> !p.cancelled()).filter(p -> p.plannedFor()
                .map(date -> !date.date().isBefore(asOf)).orElse(true)).toList();
    }

    public Optional<MissionState> mission(MissionId id) {
        return missions.stream().filter(m -> m.mission().id().equals(id)).findFirst();
    }

    /** Staff of {@code sending} in the other country of the dyad. */
    public StaffState staffOf(Country sending) {
        return staff.stream().filter(s -> s.sending().equals(sending)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(sending + " is not a party of " + dyad));
    }

    public Optional<RestrictionState> restriction(RestrictionId id) {
        return restrictions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<RestrictionState> restrictionsInForce() {
        return restrictions.stream().filter(RestrictionState::inForce).toList();
    }

    public Optional<ChannelState> channel(ChannelId id) {
        return channels.stream().filter(c -> c.channel().id().equals(id)).findFirst();
    }

    public Optional<AirLinkState> airLink(AirLinkId id) {
        return airLinks.stream().filter(a -> a.airLink().id().equals(id)).findFirst();
    }

    public Optional<SanctionState> sanction(SanctionId id) {
        return sanctions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<CommitmentState> commitment(CommitmentId id) {
        return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ConditionState> condition(ConditionId id) {
        return conditions.stream().filter(c -> c.condition().id().equals(id)).findFirst();
    }
}
