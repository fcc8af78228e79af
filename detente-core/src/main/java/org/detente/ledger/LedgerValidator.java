package org.detente.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.TrackId;

/**
 * Checks a batch of new entries against the dyad's definitions and the entries already in the
 * ledger: unique ids, references to things that exist, actors that may take the measure, and a
 * {@code respondsTo} that does not point forward in time. The rules that need no context (counts,
 * actor differs from target, sources present) are checked when the records are built.
 *
 * <p>The result does not depend on the order of the batch: every id the batch defines is known
 * before any reference is checked.
 *
 * <p>A retracted entry counts as never recorded here too: a restriction, sanction or commitment id
 * it defined may be defined again (to correct it), and cannot be lifted, eased or fulfilled.
 */
public final class LedgerValidator {
    private final DyadDefinition definition;
    private final Map<EntryId, Entry> known = new HashMap<>();
    /** Entries that define a restriction, sanction or commitment id, in the order they were remembered. */
    /** The entry that defines each restriction, sanction and commitment id, leaving out retracted ones. */
    private final Map<String, Entry> creators = new HashMap<>();
    private final Set<EntryId> retracted = new HashSet<>();

    /** A validator that knows the definitions and the entries already stored. */
    public LedgerValidator(DyadDefinition definition, Collection<Entry> existing) {
        this.definition = definition;
        for (Entry entry : existing) {
            remember(entry);
        }
    }

    private void remember(Entry entry) {
        known.put(entry.id(), entry);
        if (!retracted.contains(entry.id())) {
            creatorKey(entry.measure()).ifPresent(key -> creators.putIfAbsent(key, entry));
        }
        if (entry.measure() instanceof Retraction retraction) {
            retracted.add(retraction.retracts());
            Entry gone = known.get(retraction.retracts());
            if (gone != null) {
                creatorKey(gone.measure()).ifPresent(key -> creators.remove(key, gone));
            }
        }
    }

    /**
     * Every problem of the batch; empty when the batch may be appended as a whole. Costs in
     * proportion to the batch, not to the ledger, so appends stay cheap on a long ledger.
     */
    public List<Problem> validate(List<Entry> batch) {
        List<Problem> problems = new ArrayList<>();
        // A retracted entry counts as never recorded: the id it defined is free again and cannot be
        // lifted, eased or fulfilled. That holds for retractions in the ledger and in this batch.
        Set<EntryId> retractedInBatch = new HashSet<>();
        for (Entry entry : batch) {
            if (entry.measure() instanceof Retraction retraction) {
                retractedInBatch.add(retraction.retracts());
            }
        }
        Function<String, Entry> storedCreator = key -> {
            Entry creator = creators.get(key);
            return creator == null || retractedInBatch.contains(creator.id()) ? null : creator;
        };
        Map<EntryId, Entry> batchIds = new HashMap<>();
        Map<String, Entry> batchCreators = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Entry entry = batch.get(i);
            if (known.containsKey(entry.id()) || batchIds.putIfAbsent(entry.id(), entry) != null) {
                problems.add(new Problem(i, entry.id().value(), "id", "an entry with id '" + entry.id() + "' already exists"));
            }
            Optional<String> key = creatorKey(entry.measure());
            if (key.isPresent() && !retractedInBatch.contains(entry.id())
                    && (storedCreator.apply(key.get()) != null || batchCreators.putIfAbsent(key.get(), entry) != null)) {
                problems.add(new Problem(i, entry.id().value(), fieldOf(key.get()),
                        "'" + idOf(key.get()) + "' is already defined by another entry"));
            }
        }
        Function<EntryId, Entry> anyEntry = id -> {
            Entry stored = known.get(id);
            return stored != null ? stored : batchIds.get(id);
        };
        Function<String, Entry> anyCreator = key -> {
            Entry stored = storedCreator.apply(key);
            return stored != null ? stored : batchCreators.get(key);
        };
        Set<EntryId> batchRetracted = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Entry entry = batch.get(i);
            int index = i;
            check(entry, anyEntry, anyCreator, batchRetracted,
                    (field, message) -> problems.add(new Problem(index, entry.id().value(), field, message)));
        }
        return problems;
    }

    /** Validates and, when the batch is clean, remembers it so later batches may refer to it. */
    public void accept(List<Entry> batch) {
        List<Problem> problems = validate(batch);
        if (!problems.isEmpty()) {
            throw new InvalidEntriesException(problems);
        }
        batch.forEach(this::remember);
    }

    private interface Report {
        void problem(String field, String message);
    }

    private void check(Entry entry, Function<EntryId, Entry> entries, Function<String, Entry> allCreators,
                       Set<EntryId> batchRetracted, Report report) {
        if (!entry.dyad().equals(definition.dyad())) {
            report.problem("dyad", "entry is for " + entry.dyad() + " but the ledger is for " + definition.dyad());
            return;
        }
        entry.respondsTo().ifPresent(answered -> {
            Entry earlier = entries.apply(answered);
            if (earlier == null) {
                report.problem("respondsTo", "no entry with id '" + answered + "'");
            } else if (earlier.occurredOn().surelyAfter(entry.occurredOn())) {
                report.problem("respondsTo", "'" + answered + "' occurred on " + earlier.occurredOn()
                        + ", after this entry (" + entry.occurredOn() + "): a response cannot come first");
            }
        });
        entry.measure().accept(new References(entry, report, entries, allCreators, batchRetracted));
    }

    /** The references each kind of measure makes, checked against the definitions and the entries. */
    private final class References implements MeasureVisitor<Void> {
        private final Entry entry;
        private final Report report;
        private final Function<EntryId, Entry> entries;
        private final Function<String, Entry> allCreators;
        private final Set<EntryId> batchRetracted;

        References(Entry entry, Report report, Function<EntryId, Entry> entries, Function<String, Entry> allCreators,
                   Set<EntryId> batchRetracted) {
            this.entry = entry;
            this.report = report;
            this.entries = entries;
            this.allCreators = allCreators;
            this.batchRetracted = batchRetracted;
        }

        private Void staff(StaffMeasure s) {
            checkMissionOfSending(s.mission(), s.sendingIsActor() ? entry.actor() : entry.target(), "sending");
            return null;
        }

        private void checkMissionOfSending(Optional<MissionId> id, Country sending, String role) {
            id.ifPresent(missionId -> {
                Optional<Mission> mission = definition.mission(missionId);
                if (mission.isEmpty()) {
                    report.problem("mission", "no mission with id '" + missionId + "'");
                } else if (!mission.get().sending().equals(sending)) {
                    report.problem("mission", "mission '" + missionId + "' belongs to " + mission.get().sending()
                            + ", not to the " + role + " country " + sending);
                }
            });
        }

        private Void mission(MissionMeasure m) {
            checkMissionBetweenParties(m.mission(), entry, report);
            return null;
        }

        private Void head(HeadOfMissionMeasure h) {
            checkMissionOfSending(Optional.of(h.mission()), h.sendingIsActor() ? entry.actor() : entry.target(),
                    "sending");
            return null;
        }

        private Void channel(ChannelId channel) {
            requireDefined(definition.channel(channel).isPresent(), "channel", channel.value(), report);
            return null;
        }

        private Void airLink(AirLinkId airLink) {
            requireDefined(definition.airLink(airLink).isPresent(), "airLink", airLink.value(), report);
            return null;
        }

        private Void tracks(List<TrackId> tracks) {
            tracks.forEach(track -> checkTrack(track, report));
            return null;
        }

        private Void follows(String field, String id) {
            checkFollowsCreator(entry, allCreators.apply(field + ":" + id), field, id, report);
            return null;
        }

        @Override
        public Void staffExpelled(StaffExpelled m) {
            return staff(m);
        }

        @Override
        public Void staffDeparted(StaffDeparted m) {
            return staff(m);
        }

        @Override
        public Void staffAccredited(StaffAccredited m) {
            return staff(m);
        }

        @Override
        public Void visaDenied(VisaDenied m) {
            return staff(m);
        }

        @Override
        public Void visaGranted(VisaGranted m) {
            return staff(m);
        }

        @Override
        public Void visaExtended(VisaExtended m) {
            return staff(m);
        }

        @Override
        public Void staffCapSet(StaffCapSet m) {
            return null;
        }

        @Override
        public Void staffLevelReported(StaffLevelReported m) {
            return null;
        }

        @Override
        public Void missionOpened(MissionOpened m) {
            return mission(m);
        }

        @Override
        public Void missionLimited(MissionLimited m) {
            return mission(m);
        }

        @Override
        public Void missionSuspended(MissionSuspended m) {
            return mission(m);
        }

        @Override
        public Void missionClosed(MissionClosed m) {
            return mission(m);
        }

        @Override
        public Void missionSeized(MissionSeized m) {
            return mission(m);
        }

        @Override
        public Void missionReturned(MissionReturned m) {
            return mission(m);
        }

        @Override
        public Void missionReopened(MissionReopened m) {
            return mission(m);
        }

        @Override
        public Void restrictionImposed(RestrictionImposed m) {
            return null;
        }

        @Override
        public Void restrictionLifted(RestrictionLifted r) {
            return follows("restriction", r.restriction().value());
        }

        @Override
        public Void channelSuspended(ChannelSuspended c) {
            return channel(c.channel());
        }

        @Override
        public Void channelRestored(ChannelRestored c) {
            return channel(c.channel());
        }

        @Override
        public Void channelMet(ChannelMet c) {
            channel(c.channel());
            return tracks(c.tracks());
        }

        @Override
        public Void visaServiceChanged(VisaServiceChanged v) {
            checkMissionBetweenParties(v.mission(), entry, report);
            return null;
        }

        @Override
        public Void airLinkSuspended(AirLinkSuspended a) {
            return airLink(a.airLink());
        }

        @Override
        public Void airLinkResumed(AirLinkResumed a) {
            return airLink(a.airLink());
        }

        @Override
        public Void sanctionImposed(SanctionImposed m) {
            return null;
        }

        @Override
        public Void sanctionEased(SanctionEased s) {
            return follows("sanction", s.sanction().value());
        }

        @Override
        public Void sanctionLifted(SanctionLifted s) {
            return follows("sanction", s.sanction().value());
        }

        @Override
        public Void talksHeld(TalksHeld t) {
            return tracks(t.tracks());
        }

        @Override
        public Void talksAnnounced(TalksAnnounced t) {
            return tracks(t.tracks());
        }

        @Override
        public Void talksCancelled(TalksCancelled t) {
            entry.respondsTo().map(entries).ifPresent(answered -> {
                if (!(answered.measure() instanceof TalksAnnounced)) {
                    report.problem("respondsTo", "a talks-cancelled entry may respond only to a talks-announced entry, not to '"
                            + answered.id() + "' (" + answered.type().code() + ")");
                }
            });
            return tracks(t.tracks());
        }

        @Override
        public Void commitmentMade(CommitmentMade c) {
            c.track().ifPresent(track -> checkTrack(track, report));
            return null;
        }

        @Override
        public Void commitmentFulfilled(CommitmentFulfilled c) {
            return follows("commitment", c.commitment().value());
        }

        @Override
        public Void commitmentBroken(CommitmentBroken c) {
            return follows("commitment", c.commitment().value());
        }

        @Override
        public Void statementOfPosition(StatementOfPosition s) {
            s.track().ifPresent(track -> checkTrack(track, report));
            return null;
        }

        @Override
        public Void conditionChanged(ConditionChanged c) {
            requireDefined(definition.condition(c.condition()).isPresent(), "condition", c.condition().value(), report);
            return null;
        }

        @Override
        public Void retraction(Retraction r) {
            Entry retractedEntry = entries.apply(r.retracts());
            if (retractedEntry == null) {
                report.problem("retracts", "no entry with id '" + r.retracts() + "'");
            } else if (retractedEntry.measure() instanceof Retraction) {
                report.problem("retracts", "'" + r.retracts() + "' is a retraction; record the entry again under a new id instead");
            } else if (retracted.contains(r.retracts()) || !batchRetracted.add(r.retracts())) {
                report.problem("retracts", "'" + r.retracts() + "' is already retracted");
            }
            return null;
        }

        @Override
        public Void agrementRequested(AgrementRequested h) {
            return head(h);
        }

        @Override
        public Void agrementGranted(AgrementGranted h) {
            return head(h);
        }

        @Override
        public Void credentialsPresented(CredentialsPresented h) {
            return head(h);
        }

        @Override
        public Void headOfMissionDeparted(HeadOfMissionDeparted h) {
            return head(h);
        }

        @Override
        public Void chargeDAffairesNamed(ChargeDAffairesNamed h) {
            return head(h);
        }

        @Override
        public Void visaRoutingChanged(VisaRoutingChanged v) {
            return null;
        }

        @Override
        public Void visaClassPaused(VisaClassPaused v) {
            return null;
        }

        @Override
        public Void visaClassResumed(VisaClassResumed v) {
            return null;
        }

        @Override
        public Void visaWaitReported(VisaWaitReported w) {
            return null;
        }
    }

    private void checkMissionBetweenParties(MissionId id, Entry entry, Report report) {
        Optional<Mission> mission = definition.mission(id);
        if (mission.isEmpty()) {
            report.problem("mission", "no mission with id '" + id + "'");
            return;
        }
        Mission m = mission.get();
        boolean sameParties = m.sending().equals(entry.actor()) && m.host().equals(entry.target())
                || m.sending().equals(entry.target()) && m.host().equals(entry.actor());
        if (!sameParties) {
            report.problem("mission", "mission '" + id + "' of " + m.sending() + " in " + m.host()
                    + " is not between actor " + entry.actor() + " and target " + entry.target());
        }
    }

    private void checkTrack(TrackId track, Report report) {
        requireDefined(definition.track(track).isPresent(), "track", track.value(), report);
    }

    private static void requireDefined(boolean defined, String field, String id, Report report) {
        if (!defined) {
            report.problem(field, "no " + field + " with id '" + id + "'");
        }
    }

    private static void checkFollowsCreator(Entry entry, Entry creator, String field, String id, Report report) {
        if (creator == null) {
            report.problem(field, "no " + field + " with id '" + id + "' was imposed or made by an entry");
            return;
        }
        if (!creator.actor().equals(entry.actor())) {
            report.problem("actor", field + " '" + id + "' belongs to " + creator.actor() + ", so only "
                    + creator.actor() + " can act on it, not " + entry.actor());
        }
        if (creator.occurredOn().surelyAfter(entry.occurredOn())) {
            report.problem("occurredOn", field + " '" + id + "' only starts on " + creator.occurredOn()
                    + ", after " + entry.occurredOn());
        }
    }

    private static Optional<String> creatorKey(Measure measure) {
        if (measure instanceof RestrictionImposed r) {
            return Optional.of("restriction:" + r.restriction());
        } else if (measure instanceof SanctionImposed s) {
            return Optional.of("sanction:" + s.sanction());
        } else if (measure instanceof CommitmentMade c) {
            return Optional.of("commitment:" + c.commitment());
        }
        return Optional.empty();
    }

    private static String fieldOf(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    private static String idOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }
}
