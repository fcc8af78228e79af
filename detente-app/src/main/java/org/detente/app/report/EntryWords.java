package org.detente.app.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
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
import org.detente.ledger.Corroboration;
import org.detente.ledger.CredentialsPresented;
import org.detente.ledger.Entry;
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
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.Codes;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.FigureBound;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionId;
import org.detente.model.StaffScope;
import org.detente.model.TalksFormat;
import org.detente.model.TrackId;
import org.detente.model.VisaClass;
import org.detente.store.format.EntryCodec;

/**
 * Ledger entries and definitions in words for a reader: "United States expelled 60 diplomatic staff
 * of Russia". Names come from the dyad's definitions; an id stands in when a definition lacks it.
 */
public final class EntryWords {
    private final DyadDefinition definition;

    public EntryWords(DyadDefinition definition) {
        this.definition = definition;
    }

    String country(Country country) {
        return definition.nameOf(country);
    }

    String mission(MissionId id) {
        return definition.mission(id).map(m -> m.name()).orElse(id.value());
    }

    String channel(ChannelId id) {
        return definition.channel(id).map(c -> c.between()).orElse(id.value());
    }

    String airLink(AirLinkId id) {
        return definition.airLink(id).map(a -> a.route()).orElse(id.value());
    }

    /** What the entry's actor did, as one sentence without a final full stop. */
    public String describe(Entry entry) {
        return entry.measure().accept(new Sentence(entry));
    }

    /** One sentence per kind of measure, so a new measure type cannot go without words. */
    private final class Sentence implements MeasureVisitor<String> {
        private final Entry entry;
        private final String actor;
        private final String target;

        Sentence(Entry entry) {
            this.entry = entry;
            this.actor = country(entry.actor());
            this.target = country(entry.target());
        }

        private String staff(StaffMeasure s, String verb) {
            return actor + " " + verb + " " + s.count() + " " + Codes.of(s.category()).replace('-', ' ')
                    + " staff of " + target + s.mission().map(id -> " (" + mission(id) + ")").orElse("");
        }

        private String missionChange(MissionMeasure mm) {
            String what = Codes.of(entry.type()).replace("mission-", "");
            return actor + " " + what + " " + mission(missionOf(mm));
        }

        private String tracks(List<TrackId> tracks) {
            return tracks.isEmpty() ? "" : " (tracks: " + tracks.stream().map(TrackId::value)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
        }

        private String planned(Optional<HistoricalDate> plannedFor) {
            return plannedFor.map(d -> " planned for " + d).orElse("");
        }

        @Override
        public String staffExpelled(StaffExpelled m) {
            return staff(m, "expelled");
        }

        @Override
        public String staffDeparted(StaffDeparted m) {
            return staff(m, "saw depart");
        }

        @Override
        public String staffAccredited(StaffAccredited m) {
            return staff(m, "accredited");
        }

        @Override
        public String visaDenied(VisaDenied m) {
            return staff(m, "denied visas to");
        }

        @Override
        public String visaGranted(VisaGranted m) {
            return staff(m, "granted visas to");
        }

        @Override
        public String visaExtended(VisaExtended m) {
            return staff(m, "extended the visas of");
        }

        @Override
        public String staffCapSet(StaffCapSet cap) {
            return actor + " capped the staff of " + target + " in " + actor + " at " + cap.cap();
        }

        @Override
        public String staffLevelReported(StaffLevelReported report) {
            StaffScope scope = report.effectiveScope();
            return "Staff of " + actor + " in " + target + " (" + scopeWords(scope) + ") reported"
                    + (report.reportedBy().isEmpty() ? "" : " by " + report.reportedBy()) + ": "
                    + boundWords(report.bound()) + headcount(report.level());
        }

        @Override
        public String missionOpened(MissionOpened m) {
            return missionChange(m);
        }

        @Override
        public String missionLimited(MissionLimited m) {
            return missionChange(m);
        }

        @Override
        public String missionSuspended(MissionSuspended m) {
            return missionChange(m);
        }

        @Override
        public String missionClosed(MissionClosed m) {
            return missionChange(m);
        }

        @Override
        public String missionSeized(MissionSeized m) {
            return missionChange(m);
        }

        @Override
        public String missionReturned(MissionReturned m) {
            return missionChange(m);
        }

        @Override
        public String missionReopened(MissionReopened m) {
            return missionChange(m);
        }

        @Override
        public String restrictionImposed(RestrictionImposed r) {
            return actor + " imposed a restriction on " + target + ": " + r.description();
        }

        @Override
        public String restrictionLifted(RestrictionLifted r) {
            return actor + " lifted restriction " + r.restriction().value();
        }

        @Override
        public String channelSuspended(ChannelSuspended c) {
            return actor + " suspended a channel: " + channel(c.channel());
        }

        @Override
        public String channelRestored(ChannelRestored c) {
            return actor + " restored a channel: " + channel(c.channel());
        }

        @Override
        public String channelMet(ChannelMet c) {
            return "The channel " + channel(c.channel()) + " met" + (c.venue().isEmpty() ? "" : " in " + c.venue())
                    + (c.outcome().isEmpty() ? "" : ": " + c.outcome());
        }

        @Override
        public String visaServiceChanged(VisaServiceChanged v) {
            return "Visa service at " + mission(v.mission()) + " became " + Codes.of(v.level())
                    + (v.monthlyCapacity().isPresent() ? " (" + v.monthlyCapacity().getAsInt() + " a month)" : "");
        }

        @Override
        public String airLinkSuspended(AirLinkSuspended a) {
            return actor + " suspended flights " + airLink(a.airLink());
        }

        @Override
        public String airLinkResumed(AirLinkResumed a) {
            return actor + " resumed flights " + airLink(a.airLink());
        }

        @Override
        public String sanctionImposed(SanctionImposed s) {
            return actor + " imposed sanctions on " + s.target();
        }

        @Override
        public String sanctionEased(SanctionEased s) {
            return actor + " eased sanction " + s.sanction().value();
        }

        @Override
        public String sanctionLifted(SanctionLifted s) {
            return actor + " lifted sanction " + s.sanction().value();
        }

        @Override
        public String talksHeld(TalksHeld t) {
            String kind = t.format().map(f -> switch (f) {
                case SUMMIT -> "Summit";
                case CALL -> "Call";
                case MEETING -> "Meeting";
                case ROUND -> "Round of talks";
            }).orElse("Talks");
            // A call has no venue; it is named by who spoke (not every call is between leaders).
            boolean call = t.format().filter(f -> f == TalksFormat.CALL).isPresent();
            String where = !call ? " in " + t.venue()
                    : t.delegations().isEmpty() ? "" : " between " + String.join(" and ", t.delegations());
            String length = t.durationHours().isPresent()
                    ? String.format(Locale.ROOT, " (about %s hours)", trim(t.durationHours().getAsDouble())) : "";
            return kind + where + length + (t.outcome().isBlank() ? "" : ": " + t.outcome());
        }

        @Override
        public String talksAnnounced(TalksAnnounced t) {
            return actor + " announced a " + lower(t.format()) + " in " + t.venue() + planned(t.plannedFor())
                    + tracks(t.tracks());
        }

        @Override
        public String talksCancelled(TalksCancelled t) {
            return actor + " called off the " + lower(t.format()) + " in " + t.venue() + planned(t.plannedFor())
                    + (t.reason().isEmpty() ? "" : ": " + t.reason());
        }

        @Override
        public String commitmentMade(CommitmentMade c) {
            return actor + " committed: " + c.content() + c.due().map(d -> " (due " + d + ")").orElse("");
        }

        @Override
        public String commitmentFulfilled(CommitmentFulfilled c) {
            return actor + " fulfilled commitment " + c.commitment().value();
        }

        @Override
        public String commitmentBroken(CommitmentBroken c) {
            return actor + " broke commitment " + c.commitment().value();
        }

        @Override
        public String statementOfPosition(StatementOfPosition s) {
            return s.speaker() + ": " + s.position();
        }

        @Override
        public String conditionChanged(ConditionChanged c) {
            return definition.condition(c.condition()).map(x -> x.description()).orElse(c.condition().value())
                    + (c.holds() ? ": now holds" : ": no longer holds");
        }

        @Override
        public String retraction(Retraction r) {
            return "Correction: entry " + r.retracts().value() + " withdrawn (" + r.reason() + ")";
        }

        @Override
        public String agrementRequested(AgrementRequested h) {
            return actor + " asked " + target + "'s agrément for " + h.person() + " as head of " + mission(h.mission());
        }

        @Override
        public String agrementGranted(AgrementGranted h) {
            return actor + " granted agrément to " + h.person() + " as head of " + mission(h.mission());
        }

        @Override
        public String credentialsPresented(CredentialsPresented h) {
            return h.person() + " presented credentials and took office as head of " + mission(h.mission());
        }

        @Override
        public String headOfMissionDeparted(HeadOfMissionDeparted h) {
            return h.person() + " left the post of head of " + mission(h.mission());
        }

        @Override
        public String chargeDAffairesNamed(ChargeDAffairesNamed h) {
            return h.person() + " leads " + mission(h.mission()) + " as chargé d'affaires";
        }

        @Override
        public String visaRoutingChanged(VisaRoutingChanged v) {
            return actor + " directed " + target + "'s nationals to apply for " + visaClassWords(v.visaClass())
                    + " at " + v.post() + (v.description().isEmpty() ? "" : ": " + v.description());
        }

        @Override
        public String visaClassPaused(VisaClassPaused v) {
            return actor + " paused " + visaClassWords(v.visaClass())
                    + (v.visaCategory().isEmpty() ? "" : " (" + v.visaCategory() + ")") + " for " + target + "'s nationals"
                    + (v.description().isEmpty() ? "" : ": " + v.description());
        }

        @Override
        public String visaClassResumed(VisaClassResumed v) {
            return actor + " resumed " + visaClassWords(v.visaClass())
                    + (v.visaCategory().isEmpty() ? "" : " (" + v.visaCategory() + ")") + " for " + target + "'s nationals"
                    + (v.description().isEmpty() ? "" : ": " + v.description());
        }

        @Override
        public String visaWaitReported(VisaWaitReported w) {
            return "Wait of " + target + "'s nationals for " + actor + " " + visaClassWords(w.visaClass())
                    + (w.visaCategory().isEmpty() ? "" : " (" + w.visaCategory() + ")") + " at " + w.post()
                    + " reported by " + w.reportedBy() + ": " + waitWords(w.waitDays(), w.bound())
                    + (w.description().isEmpty() ? "" : " (" + w.description() + ")");
        }
    }

    /** "about 300 days", "1 day" or "no appointments available": a reported visa wait in words. */
    public static String waitWords(java.util.OptionalInt waitDays, FigureBound bound) {
        if (waitDays.isEmpty()) {
            return "no appointments available";
        }
        int days = waitDays.getAsInt();
        return boundWords(bound) + days + (days == 1 ? " day" : " days");
    }

    /** "bilateral missions, all staff": what a staff figure counts, in words. */
    public static String scopeWords(StaffScope scope) {
        String missions = switch (scope.missions()) {
            case BILATERAL -> "embassy and consulates";
            case BILATERAL_AND_UN -> "embassy, consulates and the mission to the UN";
            case EMBASSY -> "embassy only";
        };
        String staff = switch (scope.staff()) {
            case DIPLOMATS -> "diplomats";
            case DIPLOMATS_AND_ADMIN_TECHNICAL -> "diplomats and admin-technical staff";
            case ALL_STAFF -> "all staff";
        };
        return missions + ", " + staff;
    }

    static String boundWords(FigureBound bound) {
        return switch (bound) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case AT_MOST -> "at most ";
            case AT_LEAST -> "at least ";
        };
    }

    static String visaClassWords(VisaClass visaClass) {
        return switch (visaClass) {
            case IMMIGRANT -> "immigrant visas";
            case NONIMMIGRANT -> "non-immigrant visas";
            case ALL -> "visas";
        };
    }

    private static String trim(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    /**
     * The entry in its one shape ({@link EntryCodec#encode}) with what readers are given beside it:
     * its {@code summary} (the sentence of {@link #describe}, with a full stop) and its
     * {@code corroboration} (how it stands against its sources). Exports and backups keep the plain
     * shape, which an import reads back.
     */
    public Map<String, Object> shape(Entry entry) {
        Map<String, Object> out = new LinkedHashMap<>(EntryCodec.encode(entry, true));
        out.put("summary", describe(entry) + ".");
        Corroboration corroboration = entry.corroboration();
        Map<String, Object> standing = new LinkedHashMap<>();
        standing.put("standing", Codes.of(corroboration.standing()));
        standing.put("publishers", corroboration.publishers());
        standing.put("words", corroboration.words());
        out.put("corroboration", standing);
        return out;
    }

    static MissionId missionOf(MissionMeasure measure) {
        return measure.mission();
    }

    static String headcount(Headcount level) {
        StringBuilder text = new StringBuilder();
        text.append(level.total() == null ? "total unknown" : level.total() + " in total");
        append(text, "diplomatic", level.diplomatic());
        append(text, "admin-technical", level.adminTechnical());
        append(text, "local", level.local());
        return text.toString();
    }

    private static void append(StringBuilder text, String label, Integer count) {
        if (count != null) {
            text.append(", ").append(count).append(' ').append(label);
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static Optional<String> nonBlank(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
