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
 */
public record RelationsState(Dyad dyad, LocalDate asOf, Optional<Instant> knownAt, List<MissionState> missions,
                             List<StaffState> staff, List<RestrictionState> restrictions,
                             List<ChannelState> channels, List<AirLinkState> airLinks,
                             List<SanctionState> sanctions, List<TalksRound> talks,
                             List<CommitmentState> commitments, List<ConditionState> conditions,
                             List<Statement> statements, int entriesApplied) {
    public RelationsState {
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
