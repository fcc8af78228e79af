package org.detente.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.detente.ledger.Measure;
import org.detente.ledger.MissionMeasure;
import org.detente.ledger.RestrictionImposed;
import org.detente.ledger.RestrictionLifted;
import org.detente.ledger.SanctionEased;
import org.detente.ledger.SanctionImposed;
import org.detente.ledger.SanctionLifted;
import org.detente.ledger.StaffAccredited;
import org.detente.ledger.StaffCapSet;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.StaffMeasure;
import org.detente.ledger.StatementOfPosition;
import org.detente.ledger.TalksHeld;
import org.detente.ledger.VisaServiceChanged;
import org.detente.model.AirLink;
import org.detente.model.AirLinkId;
import org.detente.model.AirLinkStatus;
import org.detente.model.Channel;
import org.detente.model.ChannelId;
import org.detente.model.ChannelStatus;
import org.detente.model.CommitmentId;
import org.detente.model.CommitmentStatus;
import org.detente.model.Condition;
import org.detente.model.ConditionId;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.HistoricalDate;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.RestrictionId;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;

/**
 * The working memory of the fold: {@link #apply} is {@code evolve(state, entry)} on a mutable
 * copy, so a long ledger is folded without building a new immutable state per entry. Values in
 * its maps are immutable records, so {@link #copy()} is shallow and cheap; that is what makes
 * snapshots affordable. It never reads a clock and never guesses a number.
 */
final class Accumulator {
    private final DyadDefinition definition;
    private final Map<MissionId, MissionState> missions;
    private final Map<Country, StaffState> staff;
    private final Map<RestrictionId, RestrictionState> restrictions;
    private final Map<ChannelId, ChannelState> channels;
    private final Map<AirLinkId, AirLinkState> airLinks;
    private final Map<SanctionId, SanctionState> sanctions;
    private final Map<CommitmentId, CommitmentState> commitments;
    private final Map<ConditionId, ConditionState> conditions;
    private final List<TalksRound> talks;
    private final List<Statement> statements;
    private int applied;

    Accumulator(DyadDefinition definition) {
        this.definition = definition;
        this.missions = new LinkedHashMap<>();
        this.staff = new LinkedHashMap<>();
        this.restrictions = new LinkedHashMap<>();
        this.channels = new LinkedHashMap<>();
        this.airLinks = new LinkedHashMap<>();
        this.sanctions = new LinkedHashMap<>();
        this.commitments = new LinkedHashMap<>();
        this.conditions = new LinkedHashMap<>();
        this.talks = new ArrayList<>();
        this.statements = new ArrayList<>();
        Country first = definition.dyad().first();
        Country second = definition.dyad().second();
        staff.put(first, emptyStaff(first, second));
        staff.put(second, emptyStaff(second, first));
    }

    private Accumulator(Accumulator other) {
        this.definition = other.definition;
        this.missions = new LinkedHashMap<>(other.missions);
        this.staff = new LinkedHashMap<>(other.staff);
        this.restrictions = new LinkedHashMap<>(other.restrictions);
        this.channels = new LinkedHashMap<>(other.channels);
        this.airLinks = new LinkedHashMap<>(other.airLinks);
        this.sanctions = new LinkedHashMap<>(other.sanctions);
        this.commitments = new LinkedHashMap<>(other.commitments);
        this.conditions = new LinkedHashMap<>(other.conditions);
        // Talks and statements are only ever appended; snapshots of a projector share none of them.
        this.talks = new ArrayList<>(other.talks);
        this.statements = new ArrayList<>(other.statements);
        this.applied = other.applied;
    }

    private static StaffState emptyStaff(Country sending, Country host) {
        return new StaffState(sending, host, Optional.empty(), Optional.empty(), 0, OptionalInt.empty(),
                Optional.empty());
    }

    Accumulator copy() {
        return new Accumulator(this);
    }

    /** Applies one entry that is neither a retraction nor retracted. */
    void apply(Entry entry, boolean keepDialogue) {
        applied++;
        Measure measure = entry.measure();
        HistoricalDate on = entry.occurredOn();
        if (measure instanceof StaffLevelReported r) {
            StaffState s = staff.get(entry.actor());
            staff.put(entry.actor(), new StaffState(s.sending(), s.host(), Optional.of(r.level()), Optional.of(on), 0,
                    s.cap(), s.capSince()));
        } else if (measure instanceof StaffMeasure m) {
            if (m.changesLevel()) {
                Country sending = m.sendingIsActor() ? entry.actor() : entry.target();
                int delta = m instanceof StaffAccredited ? m.count() : -m.count();
                StaffState s = staff.get(sending);
                staff.put(sending, new StaffState(s.sending(), s.host(),
                        s.level().map(level -> level.plus(m.category(), delta)), s.reportedOn(),
                        s.changesSinceReport() + delta, s.cap(), s.capSince()));
            }
        } else if (measure instanceof StaffCapSet c) {
            StaffState s = staff.get(entry.target());
            staff.put(entry.target(), new StaffState(s.sending(), s.host(), s.level(), s.reportedOn(),
                    s.changesSinceReport(), OptionalInt.of(c.cap()), Optional.of(on)));
        } else if (measure instanceof MissionMeasure m) {
            MissionState current = missionState(m.mission(), on);
            missions.put(m.mission(), new MissionState(current.mission(), m.resultingStatus(), on,
                    current.visaIssuance(), current.monthlyCapacity()));
        } else if (measure instanceof VisaServiceChanged v) {
            MissionState current = missionState(v.mission(), on);
            missions.put(v.mission(), new MissionState(current.mission(), current.status(), current.since(),
                    Optional.of(v.level()), v.monthlyCapacity()));
        } else if (measure instanceof RestrictionImposed r) {
            restrictions.put(r.restriction(), new RestrictionState(r.restriction(), r.kind(), entry.actor(),
                    entry.target(), r.description(), on, Optional.empty(), entry.id()));
        } else if (measure instanceof RestrictionLifted r) {
            RestrictionState s = restrictions.get(r.restriction());
            if (s != null) {
                restrictions.put(r.restriction(), new RestrictionState(s.id(), s.kind(), s.imposedBy(), s.appliesTo(),
                        s.description(), s.since(), Optional.of(on), s.imposedIn()));
            }
        } else if (measure instanceof ChannelSuspended c) {
            setChannel(c.channel(), ChannelStatus.SUSPENDED, on);
        } else if (measure instanceof ChannelRestored c) {
            setChannel(c.channel(), ChannelStatus.ACTIVE, on);
        } else if (measure instanceof AirLinkSuspended a) {
            setAirLink(a.airLink(), AirLinkStatus.SUSPENDED, on);
        } else if (measure instanceof AirLinkResumed a) {
            setAirLink(a.airLink(), AirLinkStatus.OPERATING, on);
        } else if (measure instanceof SanctionImposed s) {
            sanctions.put(s.sanction(), new SanctionState(s.sanction(), entry.actor(), entry.target(), s.target(),
                    s.targetKind(), s.description(), on, SanctionStatus.IN_FORCE, on));
        } else if (measure instanceof SanctionEased s) {
            setSanction(s.sanction(), SanctionStatus.EASED, on);
        } else if (measure instanceof SanctionLifted s) {
            setSanction(s.sanction(), SanctionStatus.LIFTED, on);
        } else if (measure instanceof CommitmentMade c) {
            commitments.put(c.commitment(), new CommitmentState(c.commitment(), entry.actor(), c.content(), c.due(),
                    c.track(), on, CommitmentStatus.OPEN, on));
        } else if (measure instanceof CommitmentFulfilled c) {
            setCommitment(c.commitment(), CommitmentStatus.FULFILLED, on);
        } else if (measure instanceof CommitmentBroken c) {
            setCommitment(c.commitment(), CommitmentStatus.BROKEN, on);
        } else if (measure instanceof ConditionChanged c) {
            definition.condition(c.condition()).ifPresent(condition ->
                    conditions.put(c.condition(), new ConditionState(condition, c.holds(), Optional.of(on))));
        } else if (measure instanceof TalksHeld t) {
            if (keepDialogue) {
                talks.add(new TalksRound(entry.id(), on, t.venue(), t.delegations(), t.agenda(), t.outcome(), t.tracks()));
            }
        } else if (measure instanceof StatementOfPosition s) {
            if (keepDialogue) {
                statements.add(new Statement(entry.id(), on, entry.actor(), s.speaker(), s.position(), s.track()));
            }
        }
        // Visa decisions (granted, denied, extended) and retractions change no state: the former
        // feed reciprocity only, the latter are applied before the fold by leaving entries out.
    }

    private MissionState missionState(MissionId id, HistoricalDate on) {
        MissionState current = missions.get(id);
        if (current != null) {
            return current;
        }
        Mission mission = definition.mission(id).orElseThrow(() ->
                new IllegalStateException("entry names mission '" + id + "', which the definitions lack"));
        return baseline(mission);
    }

    private static MissionState baseline(Mission mission) {
        return new MissionState(mission, mission.status(), mission.since(), mission.visaIssuance(),
                OptionalInt.empty());
    }

    private void setChannel(ChannelId id, ChannelStatus status, HistoricalDate on) {
        definition.channel(id).ifPresent(channel -> channels.put(id, new ChannelState(channel, status, on)));
    }

    private void setAirLink(AirLinkId id, AirLinkStatus status, HistoricalDate on) {
        definition.airLink(id).ifPresent(link -> airLinks.put(id, new AirLinkState(link, status, on)));
    }

    private void setSanction(SanctionId id, SanctionStatus status, HistoricalDate on) {
        SanctionState s = sanctions.get(id);
        if (s != null) {
            sanctions.put(id, new SanctionState(s.id(), s.imposedBy(), s.targetCountry(), s.target(), s.targetKind(),
                    s.description(), s.imposedOn(), status, on));
        }
    }

    private void setCommitment(CommitmentId id, CommitmentStatus status, HistoricalDate on) {
        CommitmentState c = commitments.get(id);
        if (c != null) {
            commitments.put(id, new CommitmentState(c.id(), c.party(), c.content(), c.due(), c.track(), c.madeOn(),
                    status, on));
        }
    }

    /**
     * The immutable state as of {@code asOf}: definitions whose baseline starts by then appear
     * with their baseline unless an entry changed them.
     */
    RelationsState toState(LocalDate asOf, Optional<Instant> knownAt, List<TalksRound> talksOverride,
                           List<Statement> statementsOverride) {
        List<MissionState> missionStates = new ArrayList<>();
        for (Mission mission : definition.missions()) {
            MissionState changed = missions.get(mission.id());
            if (changed != null) {
                missionStates.add(changed);
            } else if (!mission.since().isAfter(asOf)) {
                missionStates.add(baseline(mission));
            }
        }
        List<ChannelState> channelStates = new ArrayList<>();
        for (Channel channel : definition.channels()) {
            ChannelState changed = channels.get(channel.id());
            if (changed != null) {
                channelStates.add(changed);
            } else if (!channel.since().isAfter(asOf)) {
                channelStates.add(new ChannelState(channel, channel.status(), channel.since()));
            }
        }
        List<AirLinkState> airLinkStates = new ArrayList<>();
        for (AirLink link : definition.airLinks()) {
            AirLinkState changed = airLinks.get(link.id());
            if (changed != null) {
                airLinkStates.add(changed);
            } else if (!link.since().isAfter(asOf)) {
                airLinkStates.add(new AirLinkState(link, link.status(), link.since()));
            }
        }
        List<ConditionState> conditionStates = new ArrayList<>();
        for (Condition condition : definition.conditions()) {
            conditionStates.add(conditions.getOrDefault(condition.id(),
                    new ConditionState(condition, condition.holds(), Optional.empty())));
        }
        return new RelationsState(definition.dyad(), asOf, knownAt, missionStates, new ArrayList<>(staff.values()),
                new ArrayList<>(restrictions.values()), channelStates, airLinkStates,
                new ArrayList<>(sanctions.values()), talksOverride == null ? talks : talksOverride,
                new ArrayList<>(commitments.values()), conditionStates,
                statementsOverride == null ? statements : statementsOverride, applied);
    }

    int applied() {
        return applied;
    }
}
