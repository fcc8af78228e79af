package org.detente.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.ledger.AgrementGranted;
import org.detente.ledger.AgrementRequested;
import org.detente.ledger.AirLinkResumed;
import org.detente.ledger.AirLinkSuspended;
import org.detente.ledger.ChannelMet;
import org.detente.ledger.ChannelRestored;
import org.detente.ledger.ChannelSuspended;
import org.detente.ledger.ChargeDAffairesNamed;
import org.detente.ledger.CommitmentBroken;
import org.detente.ledger.CommitmentFulfilled;
import org.detente.ledger.CommitmentMade;
import org.detente.ledger.ConditionChanged;
import org.detente.ledger.CredentialsPresented;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.HeadOfMissionDeparted;
import org.detente.ledger.MeasureVisitor;
import org.detente.ledger.MissionClosed;
import org.detente.ledger.MissionLimited;
import org.detente.ledger.MissionMeasure;
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
import org.detente.ledger.StaffMeasure;
import org.detente.ledger.StatementOfPosition;
import org.detente.ledger.TalksAnnounced;
import org.detente.ledger.TalksCancelled;
import org.detente.ledger.TalksHeld;
import org.detente.ledger.VisaClassPaused;
import org.detente.ledger.VisaClassResumed;
import org.detente.ledger.VisaDenied;
import org.detente.ledger.VisaExtended;
import org.detente.ledger.VisaGranted;
import org.detente.ledger.VisaRoutingChanged;
import org.detente.ledger.VisaServiceChanged;
import org.detente.ledger.VisaWaitReported;
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
import org.detente.model.MissionKind;
import org.detente.model.MissionScope;
import org.detente.model.RestrictionId;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.StaffScope;
import org.detente.model.VisaClass;

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
    private final Map<FigureKey, StaffFigure> figures;
    private final Map<MissionId, HeadOfMissionState> heads;
    private final Map<VisaKey, VisaAccessState> visas;
    private final Map<WaitKey, VisaWaitState> waits;
    private final Map<EntryId, PlannedTalks> planned;
    private final Fold fold = new Fold();
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
        this.figures = new LinkedHashMap<>();
        this.heads = new LinkedHashMap<>();
        this.visas = new LinkedHashMap<>();
        this.waits = new LinkedHashMap<>();
        this.planned = new LinkedHashMap<>();
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
        this.figures = new LinkedHashMap<>(other.figures);
        this.heads = new LinkedHashMap<>(other.heads);
        this.visas = new LinkedHashMap<>(other.visas);
        this.waits = new LinkedHashMap<>(other.waits);
        this.planned = new LinkedHashMap<>(other.planned);
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
        fold.entry = entry;
        fold.keepDialogue = keepDialogue;
        entry.measure().accept(fold);
    }

    /**
     * {@code evolve(state, measure)}: one method per measure, so a new measure type does not
     * compile until the fold says what it changes. Holds the entry being applied, so applying
     * allocates nothing.
     */
    private final class Fold implements MeasureVisitor<Void> {
        private Entry entry;
        private boolean keepDialogue;

        private HistoricalDate on() {
            return entry.occurredOn();
        }

        @Override
        public Void staffExpelled(StaffExpelled measure) {
            return staffChange(measure);
        }

        @Override
        public Void staffDeparted(StaffDeparted measure) {
            return staffChange(measure);
        }

        @Override
        public Void staffAccredited(StaffAccredited measure) {
            return staffChange(measure);
        }

        // Visa decisions (granted, denied, extended) change no level: they feed reciprocity only.
        @Override
        public Void visaDenied(VisaDenied measure) {
            return null;
        }

        @Override
        public Void visaGranted(VisaGranted measure) {
            return null;
        }

        @Override
        public Void visaExtended(VisaExtended measure) {
            return null;
        }

        private Void staffChange(StaffMeasure m) {
            Country sending = m.sendingIsActor() ? entry.actor() : entry.target();
            int delta = m instanceof StaffAccredited ? m.count() : -m.count();
            Optional<MissionKind> kind = m.mission().flatMap(definition::mission).map(Mission::kind);
            // The bilateral line never moves for a mission it does not count (the mission to the UN).
            if (kind.map(MissionScope.BILATERAL::counts).orElse(true)) {
                StaffState s = staff.get(sending);
                staff.put(sending, new StaffState(s.sending(), s.host(),
                        s.level().map(level -> level.plus(m.category(), delta)), s.reportedOn(),
                        s.changesSinceReport() + delta, s.cap(), s.capSince()));
            }
            for (Map.Entry<FigureKey, StaffFigure> line : figures.entrySet()) {
                StaffFigure f = line.getValue();
                boolean inScope = f.sending().equals(sending) && f.scope().staff().counts(m.category())
                        && kind.map(f.scope().missions()::counts).orElse(f.scope().missions() != MissionScope.EMBASSY);
                if (inScope) {
                    line.setValue(new StaffFigure(f.sending(), f.host(), f.scope(), f.reportedBy(),
                            f.level().plus(m.category(), delta), f.bound(), f.reportedOn(), f.reportedIn(),
                            f.changesSinceReport() + delta, f.reported()));
                }
            }
            return null;
        }

        @Override
        public Void staffCapSet(StaffCapSet c) {
            StaffState s = staff.get(entry.target());
            staff.put(entry.target(), new StaffState(s.sending(), s.host(), s.level(), s.reportedOn(),
                    s.changesSinceReport(), OptionalInt.of(c.cap()), Optional.of(on())));
            return null;
        }

        @Override
        public Void staffLevelReported(StaffLevelReported r) {
            StaffScope scope = r.effectiveScope();
            if (scope.missions() == MissionScope.BILATERAL) {
                StaffState s = staff.get(entry.actor());
                staff.put(entry.actor(), new StaffState(s.sending(), s.host(), Optional.of(r.level()), Optional.of(on()),
                        0, s.cap(), s.capSince()));
            }
            figures.put(new FigureKey(entry.actor(), scope, r.reportedBy()), new StaffFigure(entry.actor(),
                    entry.target(), scope, r.reportedBy(), r.level(), r.bound(), on(), entry.id(), 0, r.level()));
            return null;
        }

        @Override
        public Void missionOpened(MissionOpened m) {
            return missionChange(m);
        }

        @Override
        public Void missionLimited(MissionLimited m) {
            return missionChange(m);
        }

        @Override
        public Void missionSuspended(MissionSuspended m) {
            return missionChange(m);
        }

        @Override
        public Void missionClosed(MissionClosed m) {
            return missionChange(m);
        }

        @Override
        public Void missionSeized(MissionSeized m) {
            return missionChange(m);
        }

        @Override
        public Void missionReturned(MissionReturned m) {
            return missionChange(m);
        }

        @Override
        public Void missionReopened(MissionReopened m) {
            return missionChange(m);
        }

        private Void missionChange(MissionMeasure m) {
            MissionState current = missionState(m.mission(), on());
            missions.put(m.mission(), new MissionState(current.mission(), m.resultingStatus(), on(),
                    current.visaIssuance(), current.monthlyCapacity()));
            return null;
        }

        @Override
        public Void visaServiceChanged(VisaServiceChanged v) {
            MissionState current = missionState(v.mission(), on());
            missions.put(v.mission(), new MissionState(current.mission(), current.status(), current.since(),
                    current.startUnknown(), Optional.of(v.level()), v.monthlyCapacity()));
            return null;
        }

        @Override
        public Void restrictionImposed(RestrictionImposed r) {
            restrictions.put(r.restriction(), new RestrictionState(r.restriction(), r.kind(), entry.actor(),
                    entry.target(), r.description(), on(), Optional.empty(), entry.id()));
            return null;
        }

        @Override
        public Void restrictionLifted(RestrictionLifted r) {
            RestrictionState s = restrictions.get(r.restriction());
            if (s != null) {
                restrictions.put(r.restriction(), new RestrictionState(s.id(), s.kind(), s.imposedBy(), s.appliesTo(),
                        s.description(), s.since(), Optional.of(on()), s.imposedIn()));
            }
            return null;
        }

        @Override
        public Void channelSuspended(ChannelSuspended c) {
            setChannel(c.channel(), ChannelStatus.SUSPENDED, on(), false);
            return null;
        }

        @Override
        public Void channelRestored(ChannelRestored c) {
            setChannel(c.channel(), ChannelStatus.ACTIVE, on(), false);
            return null;
        }

        @Override
        public Void channelMet(ChannelMet c) {
            setChannel(c.channel(), ChannelStatus.ACTIVE, on(), true);
            if (keepDialogue) {
                talks.add(TalksRound.of(entry.id(), on(), c));
            }
            return null;
        }

        @Override
        public Void airLinkSuspended(AirLinkSuspended a) {
            setAirLink(a.airLink(), AirLinkStatus.SUSPENDED, on());
            return null;
        }

        @Override
        public Void airLinkResumed(AirLinkResumed a) {
            setAirLink(a.airLink(), AirLinkStatus.OPERATING, on());
            return null;
        }

        @Override
        public Void sanctionImposed(SanctionImposed s) {
            sanctions.put(s.sanction(), new SanctionState(s.sanction(), entry.actor(), entry.target(), s.target(),
                    s.targetKind(), s.description(), on(), SanctionStatus.IN_FORCE, on()));
            return null;
        }

        @Override
        public Void sanctionEased(SanctionEased s) {
            setSanction(s.sanction(), SanctionStatus.EASED, on());
            return null;
        }

        @Override
        public Void sanctionLifted(SanctionLifted s) {
            setSanction(s.sanction(), SanctionStatus.LIFTED, on());
            return null;
        }

        @Override
        public Void talksHeld(TalksHeld t) {
            if (keepDialogue) {
                talks.add(TalksRound.of(entry.id(), on(), t));
            }
            return null;
        }

        @Override
        public Void talksAnnounced(TalksAnnounced t) {
            planned.put(entry.id(), new PlannedTalks(entry.id(), entry.actor(), t.venue(), t.plannedFor(), t.format(),
                    t.tracks(), Optional.of(on()), Optional.empty(), ""));
            return null;
        }

        @Override
        public Void talksCancelled(TalksCancelled t) {
            PlannedTalks announced = entry.respondsTo().map(planned::get).orElse(null);
            if (announced != null) {
                planned.put(announced.entry(), new PlannedTalks(announced.entry(), announced.announcedBy(),
                        announced.venue(), announced.plannedFor(), announced.format(), announced.tracks(),
                        announced.announcedOn(), Optional.of(on()), t.reason()));
            } else {
                planned.put(entry.id(), new PlannedTalks(entry.id(), entry.actor(), t.venue(), t.plannedFor(),
                        t.format(), t.tracks(), Optional.empty(), Optional.of(on()), t.reason()));
            }
            return null;
        }

        @Override
        public Void commitmentMade(CommitmentMade c) {
            commitments.put(c.commitment(), new CommitmentState(c.commitment(), entry.actor(), c.content(), c.due(),
                    c.track(), on(), CommitmentStatus.OPEN, on()));
            return null;
        }

        @Override
        public Void commitmentFulfilled(CommitmentFulfilled c) {
            setCommitment(c.commitment(), CommitmentStatus.FULFILLED, on());
            return null;
        }

        @Override
        public Void commitmentBroken(CommitmentBroken c) {
            setCommitment(c.commitment(), CommitmentStatus.BROKEN, on());
            return null;
        }

        @Override
        public Void statementOfPosition(StatementOfPosition s) {
            if (keepDialogue) {
                statements.add(new Statement(entry.id(), on(), entry.actor(), s.speaker(), s.position(), s.track()));
            }
            return null;
        }

        @Override
        public Void conditionChanged(ConditionChanged c) {
            definition.condition(c.condition()).ifPresent(condition ->
                    conditions.put(c.condition(), new ConditionState(condition, c.holds(), Optional.of(on()))));
            return null;
        }

        // Retractions are applied before the fold, by leaving out the entries they name.
        @Override
        public Void retraction(Retraction r) {
            return null;
        }

        @Override
        public Void agrementRequested(AgrementRequested a) {
            HeadOfMissionState head = headOrVacant(a.mission());
            heads.put(a.mission(), new HeadOfMissionState(a.mission(), head.standing(), head.person(), head.since(),
                    Optional.of(new HeadOfMissionState.Designate(a.person(), false, on()))));
            return null;
        }

        @Override
        public Void agrementGranted(AgrementGranted a) {
            HeadOfMissionState head = headOrVacant(a.mission());
            heads.put(a.mission(), new HeadOfMissionState(a.mission(), head.standing(), head.person(), head.since(),
                    Optional.of(new HeadOfMissionState.Designate(a.person(), true, on()))));
            return null;
        }

        @Override
        public Void credentialsPresented(CredentialsPresented c) {
            heads.put(c.mission(), new HeadOfMissionState(c.mission(), HeadOfMissionState.Standing.AMBASSADOR,
                    c.person(), on(), Optional.empty()));
            return null;
        }

        @Override
        public Void headOfMissionDeparted(HeadOfMissionDeparted d) {
            HeadOfMissionState head = headOrVacant(d.mission());
            // A chargé d'affaires already in charge (named the same day, before the departure is folded)
            // stays in charge: only the departing person's post falls vacant.
            if (head.standing() == HeadOfMissionState.Standing.CHARGE_D_AFFAIRES && !head.person().equals(d.person())) {
                return null;
            }
            heads.put(d.mission(), new HeadOfMissionState(d.mission(), HeadOfMissionState.Standing.VACANT, "",
                    on(), head.designate()));
            return null;
        }

        @Override
        public Void chargeDAffairesNamed(ChargeDAffairesNamed c) {
            HeadOfMissionState head = headOrVacant(c.mission());
            heads.put(c.mission(), new HeadOfMissionState(c.mission(), HeadOfMissionState.Standing.CHARGE_D_AFFAIRES,
                    c.person(), on(), head.designate()));
            return null;
        }

        private HeadOfMissionState headOrVacant(MissionId mission) {
            HeadOfMissionState head = heads.get(mission);
            return head != null ? head
                    : new HeadOfMissionState(mission, HeadOfMissionState.Standing.VACANT, "", on(), Optional.empty());
        }

        @Override
        public Void visaRoutingChanged(VisaRoutingChanged v) {
            VisaKey key = new VisaKey(entry.actor(), v.visaClass(), "");
            VisaAccessState was = visas.get(key);
            visas.put(key, new VisaAccessState(entry.actor(), entry.target(), v.visaClass(), "", v.post(),
                    was != null && was.paused(), on(), v.description(), entry.id()));
            return null;
        }

        @Override
        public Void visaClassPaused(VisaClassPaused v) {
            return visaPause(v.visaClass(), v.visaCategory(), true, v.description());
        }

        @Override
        public Void visaClassResumed(VisaClassResumed v) {
            return visaPause(v.visaClass(), v.visaCategory(), false, v.description());
        }

        private Void visaPause(VisaClass visaClass, String category, boolean paused, String description) {
            VisaKey key = new VisaKey(entry.actor(), visaClass, category);
            VisaAccessState was = visas.get(key);
            String post = was != null ? was.designatedPost()
                    : Optional.ofNullable(visas.get(new VisaKey(entry.actor(), visaClass, "")))
                    .map(VisaAccessState::designatedPost).orElse("");
            visas.put(key, new VisaAccessState(entry.actor(), entry.target(), visaClass, category, post, paused, on(),
                    description, entry.id()));
            return null;
        }

        // The latest report of a post and class replaces the one before, whoever gave it: a wait is
        // an observation of one day, and an older figure by another reporter says nothing of today.
        @Override
        public Void visaWaitReported(VisaWaitReported w) {
            waits.put(new WaitKey(entry.actor(), w.post(), w.visaClass(), w.visaCategory()), new VisaWaitState(
                    entry.actor(), entry.target(), w.post(), w.visaClass(), w.visaCategory(), w.waitDays(), w.bound(),
                    w.reportedBy(), on(), w.description(), entry.id()));
            return null;
        }
    }

    /** One line of staff figures: whose staff, what the figure counts, who gave it. */
    private record FigureKey(Country sending, StaffScope scope, String reportedBy) {
    }

    /** One line of visa access: who issues, which class, which category ("" for the whole class). */
    private record VisaKey(Country issuer, VisaClass visaClass, String category) {
    }

    /** One line of visa waits: who issues, at which post, which class and category. */
    private record WaitKey(Country issuer, String post, VisaClass visaClass, String category) {
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
        return new MissionState(mission, mission.status(), mission.since(), mission.startUnknown(),
                mission.visaIssuance(), OptionalInt.empty());
    }

    private void setChannel(ChannelId id, ChannelStatus status, HistoricalDate on, boolean met) {
        definition.channel(id).ifPresent(channel -> {
            ChannelState was = channels.get(id);
            if (was == null && !channel.since().isAfter(on.date())) {
                was = ChannelState.baseline(channel);
            }
            Optional<HistoricalDate> lastMet = was == null ? Optional.empty() : was.lastMet();
            int meetings = was == null ? 0 : was.meetings();
            // A meeting keeps an active channel's status date: it has been active since it was restored.
            boolean keepsStatus = met && was != null && was.active();
            channels.put(id, new ChannelState(channel, status, keepsStatus ? was.since() : on,
                    keepsStatus && was.startUnknown(), met ? Optional.of(on) : lastMet, met ? meetings + 1 : meetings));
        });
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
                channelStates.add(ChannelState.baseline(channel));
            }
        }
        List<AirLinkState> airLinkStates = new ArrayList<>();
        for (AirLink link : definition.airLinks()) {
            AirLinkState changed = airLinks.get(link.id());
            if (changed != null) {
                airLinkStates.add(changed);
            } else if (!link.since().isAfter(asOf)) {
                airLinkStates.add(AirLinkState.baseline(link));
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
                statementsOverride == null ? statements : statementsOverride, applied,
                new ArrayList<>(figures.values()), new ArrayList<>(heads.values()), new ArrayList<>(visas.values()),
                new ArrayList<>(planned.values()), new ArrayList<>(waits.values()));
    }

    int applied() {
        return applied;
    }
}
