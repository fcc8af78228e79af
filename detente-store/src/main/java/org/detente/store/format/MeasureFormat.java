package org.detente.store.format;

import static org.detente.store.format.FieldFormat.Presence.DEFAULTED;
import static org.detente.store.format.FieldFormat.Presence.OPTIONAL;
import static org.detente.store.format.FieldFormat.Presence.REQUIRED;
import static org.detente.store.format.FieldFormat.ValueType.BOOLEAN;
import static org.detente.store.format.FieldFormat.ValueType.COUNT;
import static org.detente.store.format.FieldFormat.ValueType.DATE;
import static org.detente.store.format.FieldFormat.ValueType.HISTORICAL_DATE;
import static org.detente.store.format.FieldFormat.ValueType.ID;
import static org.detente.store.format.FieldFormat.ValueType.NUMBER;
import static org.detente.store.format.FieldFormat.ValueType.POSITIVE_COUNT;
import static org.detente.store.format.FieldFormat.ValueType.TEXT;
import static org.detente.store.format.FieldFormat.ValueType.TEXT_LIST;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.detente.ledger.MeasureType;
import org.detente.model.FigureBound;
import org.detente.model.MissionScope;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionTargetKind;
import org.detente.model.StaffCategory;
import org.detente.model.StaffCounted;
import org.detente.model.TalksFormat;
import org.detente.model.VisaClass;
import org.detente.model.VisaIssuance;

/**
 * The own fields of one measure type, beside the fields every entry has: the format that
 * {@link EntryCodec} reads and writes, that the OpenAPI document publishes and that the entry form
 * asks for. {@link #of} switches over every {@link MeasureType} without a default, so a new type
 * does not compile until it is described here.
 *
 * @param description  who acts on whom, in words (as in the dataset format)
 * @param exactlyOneOf optional fields of which an entry gives exactly one (a wait in days, or "no
 *                     appointments"); empty when the fields stand each on their own presence
 */
public record MeasureFormat(MeasureType type, String description, List<FieldFormat> fields,
                            List<String> exactlyOneOf) {

    public MeasureFormat {
        fields = List.copyOf(fields);
        exactlyOneOf = List.copyOf(exactlyOneOf);
        Set<String> optional = new LinkedHashSet<>();
        fields.stream().filter(f -> f.presence() == FieldFormat.Presence.OPTIONAL).forEach(f -> optional.add(f.name()));
        if (!optional.containsAll(exactlyOneOf) || exactlyOneOf.size() == 1) {
            throw new IllegalArgumentException(type + ": exactlyOneOf must name two or more of its own optional fields, "
                    + "got " + exactlyOneOf);
        }
    }

    /** A format whose fields stand each on their own presence. */
    public MeasureFormat(MeasureType type, String description, List<FieldFormat> fields) {
        this(type, description, fields, List.of());
    }

    /** The format of {@code type}. */
    public static MeasureFormat of(MeasureType type) {
        return switch (type) {
            case STAFF_EXPELLED -> staff(type, "The host country expels staff of the sending country.");
            case STAFF_DEPARTED -> staff(type, "Staff of the sending country leave the host country "
                    + "(e.g. a cut to meet a cap).");
            case STAFF_ACCREDITED -> staff(type, "The host country accredits staff of the sending country.");
            case VISA_DENIED -> staff(type, "The host country denies visas to staff of the sending country.");
            case VISA_GRANTED -> staff(type, "The host country grants visas to staff of the sending country.");
            case VISA_EXTENDED -> staff(type, "The host country extends the visas of staff of the sending country.");
            case STAFF_CAP_SET -> format(type, "The host country sets a ceiling on the sending country's staff.",
                    FieldFormat.of("cap", COUNT, REQUIRED, "The ceiling on the total staff."));
            case STAFF_LEVEL_REPORTED -> format(type, "A figure of the sending country's staff in the host country "
                            + "(at least one of diplomatic, adminTechnical, local, total).",
                    FieldFormat.of("diplomatic", COUNT, OPTIONAL, "Diplomats."),
                    FieldFormat.of("adminTechnical", COUNT, OPTIONAL, "Administrative and technical staff."),
                    FieldFormat.of("local", COUNT, OPTIONAL, "Local hires."),
                    FieldFormat.of("total", COUNT, OPTIONAL, "All staff."),
                    FieldFormat.mapping("scope", OPTIONAL, "What the figure counts; without it, the bilateral "
                                    + "missions (diplomats when only diplomatic is given, all staff otherwise).",
                            FieldFormat.coded("missions", MissionScope.class, REQUIRED, "Which missions are counted."),
                            FieldFormat.coded("staff", StaffCounted.class, REQUIRED, "Which staff are counted.")),
                    FieldFormat.of("reportedBy", TEXT, OPTIONAL, "Who gives the figure."),
                    FieldFormat.coded("bound", FigureBound.class, OPTIONAL,
                            "How the figure bounds the real number (default exact; written only when not exact)."));
            case MISSION_OPENED, MISSION_LIMITED, MISSION_SUSPENDED, MISSION_CLOSED, MISSION_SEIZED,
                    MISSION_RETURNED, MISSION_REOPENED -> format(type, "Either party acts on a mission.", mission());
            case RESTRICTION_IMPOSED -> format(type, "The host country restricts the sending country's missions.",
                    FieldFormat.of("restriction", ID, REQUIRED, "A new id for the restriction."),
                    FieldFormat.coded("kind", RestrictionKind.class, REQUIRED, "What is restricted."),
                    FieldFormat.of("description", TEXT, REQUIRED, "The restriction in words."));
            case RESTRICTION_LIFTED -> format(type, "The imposer lifts a restriction.",
                    FieldFormat.of("restriction", ID, REQUIRED, "The restriction lifted."));
            case CHANNEL_SUSPENDED, CHANNEL_RESTORED -> format(type, "Either party acts on a channel.",
                    FieldFormat.of("channel", ID, REQUIRED, "A channel the dyad defines."));
            case VISA_SERVICE_CHANGED -> format(type, "The visa service a mission offers changes.",
                    FieldFormat.of("mission", ID, REQUIRED, "The mission whose service changes."),
                    FieldFormat.coded("level", VisaIssuance.class, REQUIRED, "The service offered from now on."),
                    FieldFormat.of("monthlyCapacity", COUNT, OPTIONAL, "Visa applications handled per month."));
            case AIR_LINK_SUSPENDED, AIR_LINK_RESUMED -> format(type, "Either party acts on an air link.",
                    FieldFormat.of("airLink", ID, REQUIRED, "An air link the dyad defines."));
            case SANCTION_IMPOSED -> format(type, "The imposer sanctions something of the target country.",
                    FieldFormat.of("sanction", ID, REQUIRED, "A new id for the sanction."),
                    FieldFormat.of("sanctionTarget", TEXT, REQUIRED, "What is sanctioned, in words (\"Aeroflot\")."),
                    FieldFormat.coded("targetKind", SanctionTargetKind.class, REQUIRED, "The kind of target."),
                    FieldFormat.of("description", TEXT, REQUIRED, "The sanction in words."));
            case SANCTION_EASED, SANCTION_LIFTED -> format(type, "The imposer acts on a sanction.",
                    FieldFormat.of("sanction", ID, REQUIRED, "The sanction eased or lifted."));
            case TALKS_HELD -> format(type, "The host or initiator holds talks with the other.",
                    FieldFormat.of("venue", TEXT, REQUIRED, "Where the talks took place."),
                    FieldFormat.of("delegations", TEXT_LIST, DEFAULTED, "Who took part."),
                    FieldFormat.of("agenda", TEXT_LIST, DEFAULTED, "What was discussed."),
                    FieldFormat.of("outcome", TEXT, OPTIONAL, "What came of them."),
                    tracks(),
                    FieldFormat.coded("format", TalksFormat.class, OPTIONAL, "The kind of talks."),
                    FieldFormat.of("durationHours", NUMBER, OPTIONAL, "How long they lasted: above 0, at most 240 "
                            + "hours, in steps of 0.01."));
            case TALKS_ANNOUNCED -> format(type, "The initiator announces talks.",
                    FieldFormat.of("venue", TEXT, REQUIRED, "Where the talks are to take place."),
                    plannedFor(),
                    FieldFormat.coded("format", TalksFormat.class, REQUIRED, "The kind of talks."),
                    tracks());
            case TALKS_CANCELLED -> format(type, "The side that calls off announced talks.",
                    FieldFormat.of("venue", TEXT, REQUIRED, "Where the talks were to take place."),
                    plannedFor(),
                    FieldFormat.coded("format", TalksFormat.class, REQUIRED, "The kind of talks."),
                    FieldFormat.of("reason", TEXT, OPTIONAL, "Why they were called off."),
                    tracks());
            case CHANNEL_MET -> format(type, "A round of a standing channel; it also counts as a round of talks.",
                    FieldFormat.of("channel", ID, REQUIRED, "A channel the dyad defines."),
                    FieldFormat.of("venue", TEXT, OPTIONAL, "Where it met."),
                    FieldFormat.of("outcome", TEXT, OPTIONAL, "What came of the round."),
                    tracks());
            case COMMITMENT_MADE -> format(type, "A party commits to the other.",
                    FieldFormat.of("commitment", ID, REQUIRED, "A new id for the commitment."),
                    FieldFormat.of("content", TEXT, REQUIRED, "What was promised."),
                    FieldFormat.of("due", DATE, OPTIONAL, "By when."),
                    FieldFormat.of("track", ID, OPTIONAL, "The track of talks it belongs to."));
            case COMMITMENT_FULFILLED, COMMITMENT_BROKEN -> format(type, "The committed party acts on a commitment.",
                    FieldFormat.of("commitment", ID, REQUIRED, "The commitment fulfilled or broken."));
            case STATEMENT -> format(type, "A statement of position by the speaker's country.",
                    FieldFormat.of("speaker", TEXT, REQUIRED, "Who spoke."),
                    FieldFormat.of("position", TEXT, REQUIRED, "What was said."),
                    FieldFormat.of("track", ID, OPTIONAL, "The track of talks it concerns."));
            case CONDITION_CHANGED -> format(type, "A condition the dyad defines starts or stops holding.",
                    FieldFormat.of("condition", ID, REQUIRED, "A condition the dyad defines."),
                    FieldFormat.of("holds", BOOLEAN, REQUIRED, "Whether it holds from now on."));
            case RETRACTION -> format(type, "Withdraws an earlier entry from every view.",
                    FieldFormat.of("retracts", ID, REQUIRED, "The id of the entry retracted."),
                    FieldFormat.of("reason", TEXT, REQUIRED, "Why."));
            case AGREMENT_REQUESTED -> headOfMission(type, "The sending country asks agrément for its head of mission.");
            case AGREMENT_GRANTED -> headOfMission(type, "The host country grants agrément.");
            case CREDENTIALS_PRESENTED -> headOfMission(type, "The head of mission presents credentials and takes "
                    + "office.");
            case HEAD_OF_MISSION_DEPARTED -> headOfMission(type, "The head of mission leaves; the post is vacant "
                    + "until a successor or a chargé is recorded.");
            case CHARGE_D_AFFAIRES_NAMED -> headOfMission(type, "The mission is led by a chargé d'affaires.");
            case VISA_ROUTING_CHANGED -> format(type, "The issuing country changes where applicants apply.",
                    FieldFormat.coded("visaClass", VisaClass.class, REQUIRED, "The visas concerned."),
                    FieldFormat.of("post", TEXT, REQUIRED, "Where they apply, in words (\"U.S. Embassy Warsaw\")."),
                    FieldFormat.of("description", TEXT, OPTIONAL, "The change in words."));
            case VISA_CLASS_PAUSED, VISA_CLASS_RESUMED -> format(type, "The issuing country pauses or resumes a "
                            + "class of visas.",
                    FieldFormat.coded("visaClass", VisaClass.class, REQUIRED, "The visas concerned."),
                    FieldFormat.of("visaCategory", TEXT, OPTIONAL, "The visa category (\"B1/B2\")."),
                    FieldFormat.of("description", TEXT, OPTIONAL, "The change in words."));
            case VISA_WAIT_REPORTED -> exactlyOne(List.of("waitDays", "noAppointments"), format(type, "A reporter says how long the applicants' nationals wait for "
                            + "an appointment or interview for the issuing country's visas at a post (either waitDays "
                            + "or noAppointments).",
                    FieldFormat.of("post", TEXT, REQUIRED, "The post, in words (\"U.S. Embassy Warsaw\"); it may be in "
                            + "a third country."),
                    FieldFormat.coded("visaClass", VisaClass.class, REQUIRED, "The visas concerned."),
                    FieldFormat.of("visaCategory", TEXT, OPTIONAL, "The visa category (\"B1/B2\")."),
                    FieldFormat.of("waitDays", COUNT, OPTIONAL, "The wait in days, as the reporter gives it."),
                    FieldFormat.of("noAppointments", BOOLEAN, OPTIONAL, "true when the reporter says no "
                            + "appointments are available (instead of waitDays)."),
                    FieldFormat.coded("bound", FigureBound.class, OPTIONAL,
                            "How waitDays bounds the real wait (default exact; written only when not exact)."),
                    FieldFormat.of("reportedBy", TEXT, REQUIRED, "Who gives the wait (\"U.S. Embassy Moscow\", "
                            + "\"State Department wait-time tool\", a news outlet)."),
                    FieldFormat.of("description", TEXT, OPTIONAL, "The report in words.")));
        };
    }

    /** Every type's format, in the order of {@link MeasureType}. */
    public static List<MeasureFormat> all() {
        return Arrays.stream(MeasureType.values()).map(MeasureFormat::of).toList();
    }

    /** The names of the own fields, in order. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    public Optional<FieldFormat> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static MeasureFormat exactlyOne(List<String> names, MeasureFormat format) {
        return new MeasureFormat(format.type(), format.description(), format.fields(), names);
    }

    private static MeasureFormat format(MeasureType type, String description, FieldFormat... fields) {
        return new MeasureFormat(type, description, List.of(fields));
    }

    private static MeasureFormat staff(MeasureType type, String description) {
        return format(type, description,
                FieldFormat.of("count", POSITIVE_COUNT, REQUIRED, "How many people."),
                FieldFormat.coded("category", StaffCategory.class, DEFAULTED, "Which staff (default diplomatic)."),
                FieldFormat.of("mission", ID, OPTIONAL, "The mission concerned, when the sources name one."));
    }

    private static MeasureFormat headOfMission(MeasureType type, String description) {
        return format(type, description,
                FieldFormat.of("mission", ID, REQUIRED, "The sending country's embassy."),
                FieldFormat.of("person", TEXT, REQUIRED, "The head of mission (or chargé d'affaires)."));
    }

    private static FieldFormat mission() {
        return FieldFormat.of("mission", ID, REQUIRED, "A mission the dyad defines.");
    }

    private static FieldFormat tracks() {
        return FieldFormat.of("tracks", TEXT_LIST, DEFAULTED, "The tracks of talks it concerns (track ids).");
    }

    private static FieldFormat plannedFor() {
        return FieldFormat.of("plannedFor", HISTORICAL_DATE, OPTIONAL, "When the talks are planned: a day, month "
                + "or year.");
    }
}
