package org.detente.app.report;

import java.util.Locale;
import java.util.Optional;
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
import org.detente.ledger.Retraction;
import org.detente.ledger.SanctionEased;
import org.detente.ledger.SanctionImposed;
import org.detente.ledger.SanctionLifted;
import org.detente.ledger.StaffCapSet;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.StaffMeasure;
import org.detente.ledger.StatementOfPosition;
import org.detente.ledger.TalksHeld;
import org.detente.ledger.VisaServiceChanged;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelId;
import org.detente.model.Codes;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.Headcount;
import org.detente.model.MissionId;

/**
 * Ledger entries and definitions in words for a reader: "United States expelled 60 diplomatic staff
 * of Russia". Names come from the dyad's definitions; an id stands in when a definition lacks it.
 */
final class EntryWords {
    private final DyadDefinition definition;

    EntryWords(DyadDefinition definition) {
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
    String describe(Entry entry) {
        String actor = country(entry.actor());
        String target = country(entry.target());
        Measure m = entry.measure();
        if (m instanceof StaffMeasure s) {
            String verb = switch (entry.type()) {
                case STAFF_EXPELLED -> "expelled";
                case STAFF_DEPARTED -> "saw depart";
                case STAFF_ACCREDITED -> "accredited";
                case VISA_DENIED -> "denied visas to";
                case VISA_GRANTED -> "granted visas to";
                default -> "extended the visas of";
            };
            return actor + " " + verb + " " + s.count() + " " + Codes.of(s.category()).replace('-', ' ')
                    + " staff of " + target + s.mission().map(id -> " (" + mission(id) + ")").orElse("");
        }
        if (m instanceof MissionMeasure mm) {
            String what = Codes.of(entry.type()).replace("mission-", "");
            return actor + " " + what + " " + mission(missionOf(mm));
        }
        if (m instanceof StaffCapSet cap) {
            return actor + " capped the staff of " + target + " in " + actor + " at " + cap.cap();
        }
        if (m instanceof StaffLevelReported report) {
            return "Staff of " + actor + " in " + target + " reported: " + headcount(report.level());
        }
        if (m instanceof RestrictionImposed r) {
            return actor + " imposed a restriction on " + target + ": " + r.description();
        }
        if (m instanceof RestrictionLifted r) {
            return actor + " lifted restriction " + r.restriction().value();
        }
        if (m instanceof ChannelSuspended c) {
            return actor + " suspended a channel: " + channel(c.channel());
        }
        if (m instanceof ChannelRestored c) {
            return actor + " restored a channel: " + channel(c.channel());
        }
        if (m instanceof VisaServiceChanged v) {
            return "Visa service at " + mission(v.mission()) + " became " + Codes.of(v.level())
                    + (v.monthlyCapacity().isPresent() ? " (" + v.monthlyCapacity().getAsInt() + " a month)" : "");
        }
        if (m instanceof AirLinkSuspended a) {
            return actor + " suspended flights " + airLink(a.airLink());
        }
        if (m instanceof AirLinkResumed a) {
            return actor + " resumed flights " + airLink(a.airLink());
        }
        if (m instanceof SanctionImposed s) {
            return actor + " imposed sanctions on " + s.target();
        }
        if (m instanceof SanctionEased s) {
            return actor + " eased sanction " + s.sanction().value();
        }
        if (m instanceof SanctionLifted s) {
            return actor + " lifted sanction " + s.sanction().value();
        }
        if (m instanceof TalksHeld t) {
            return "Talks in " + t.venue() + (t.outcome().isBlank() ? "" : ": " + t.outcome());
        }
        if (m instanceof CommitmentMade c) {
            return actor + " committed: " + c.content() + c.due().map(d -> " (due " + d + ")").orElse("");
        }
        if (m instanceof CommitmentFulfilled c) {
            return actor + " fulfilled commitment " + c.commitment().value();
        }
        if (m instanceof CommitmentBroken c) {
            return actor + " broke commitment " + c.commitment().value();
        }
        if (m instanceof StatementOfPosition s) {
            return s.speaker() + ": " + s.position();
        }
        if (m instanceof ConditionChanged c) {
            return definition.condition(c.condition()).map(x -> x.description()).orElse(c.condition().value())
                    + (c.holds() ? ": now holds" : ": no longer holds");
        }
        if (m instanceof Retraction r) {
            return "Correction: entry " + r.retracts().value() + " withdrawn (" + r.reason() + ")";
        }
        return entry.type().code();
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
