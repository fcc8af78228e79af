package org.detente.store.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
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
import org.detente.ledger.Contest;
import org.detente.ledger.CredentialsPresented;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.HeadOfMissionDeparted;
import org.detente.ledger.Measure;
import org.detente.ledger.MeasureType;
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
import org.detente.model.CommitmentId;
import org.detente.model.ConditionId;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.FigureBound;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionId;
import org.detente.model.MissionScope;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionTargetKind;
import org.detente.model.Source;
import org.detente.model.StaffCategory;
import org.detente.model.StaffCounted;
import org.detente.model.StaffScope;
import org.detente.model.TalksFormat;
import org.detente.model.TrackId;
import org.detente.model.VisaClass;
import org.detente.model.VisaIssuance;

/**
 * Turns ledger entries into their one shape (an ordered map, written as YAML in datasets and as
 * JSON by the CLI, the API and exports) and back. Decoding reports every problem with its line
 * and field; it never throws for bad content.
 */
public final class EntryCodec {
    /** Which fields a document may carry beyond the entry's own. */
    public enum Mode {
        /** A dataset file: {@code recordedAt} optional, no server fields. */
        DATASET,
        /** A body sent to the API: the server assigns {@code sequence}, {@code recordedAt}, {@code author}. */
        REQUEST,
        /** An export or backup: every field, kept as written. */
        EXPORT
    }

    private static final Set<String> COMMON = Set.of("id", "type", "actor", "target", "occurredOn", "recordedAt",
            "sources", "respondsTo", "confidence", "note", "contested");
    private static final Set<String> SERVER = Set.of("sequence", "author", "dyad");
    private EntryCodec() {
    }

    /**
     * Reads one entry of {@code dyad}. Returns empty and adds to {@code problems} when anything is
     * wrong. A missing id is derived from the content ({@link #derivedId}); a missing
     * {@code recordedAt} is the earliest source's instant of publication (its date at 00:00 UTC when
     * it gives no hour); a missing author is
     * {@code defaultAuthor}.
     */
    public static Optional<Entry> decode(Tree tree, Dyad dyad, Mode mode, String defaultAuthor, String file,
                                         String path, List<FormatProblem> problems) {
        FieldReader in = FieldReader.of(tree, file, path, problems);
        if (in == null) {
            return Optional.empty();
        }
        String typeCode = in.text("type", true);
        MeasureType type = null;
        if (typeCode != null) {
            type = MeasureType.fromCode(typeCode.trim()).orElse(null);
            if (type == null) {
                in.problem("type", "'" + typeCode + "' is not a measure type (one of " + MeasureType.allCodes() + ")");
            }
        }
        Set<String> allowed = new HashSet<>(COMMON);
        if (type != null) {
            allowed.addAll(MeasureFormat.of(type).names());
        }
        if (mode == Mode.EXPORT) {
            allowed.addAll(SERVER);
        } else if (mode == Mode.REQUEST) {
            allowed.remove("recordedAt");
            for (String serverField : List.of("sequence", "recordedAt", "author")) {
                if (in.mapping().fields().containsKey(serverField)) {
                    in.problem(serverField, "is assigned by the server; leave it out");
                }
            }
            allowed.addAll(List.of("sequence", "recordedAt", "author"));
            allowed.add("dyad");
        }
        if (type != null) {
            in.rejectUnknown(allowed);
        }
        EntryId id = in.parsed("id", false, EntryId::of);
        Country actor = in.parsed("actor", true, Country::of);
        Country target = in.parsed("target", true, Country::of);
        if (actor != null && !dyad.includes(actor)) {
            in.problem("actor", actor + " is not a party of " + dyad);
        }
        if (target != null && !dyad.includes(target)) {
            in.problem("target", target + " is not a party of " + dyad);
        }
        if (actor != null && actor.equals(target)) {
            in.problem("target", "must differ from the actor (" + actor + ")");
        }
        if (in.has("dyad")) {
            Dyad given = in.parsed("dyad", true, Dyad::parse);
            if (given != null && !given.equals(dyad)) {
                in.problem("dyad", "entry is for " + given + " but is being added to " + dyad);
            }
        }
        HistoricalDate occurredOn = in.historicalDate("occurredOn", true);
        Instant recordedAt = mode == Mode.REQUEST ? null : in.instant("recordedAt", false);
        List<Source> sources = SourceCodec.decodeAll(in, "sources", problems);
        EntryId respondsTo = in.parsed("respondsTo", false, EntryId::of);
        Confidence confidence = in.has("confidence") ? in.code("confidence", true, Confidence.class) : Confidence.HIGH;
        String note = in.text("note", false);
        Optional<Contest> contested = in.has("contested") ? contest(in, problems) : Optional.empty();
        String author = mode == Mode.EXPORT && in.has("author") ? in.text("author", true) : defaultAuthor;
        long sequence = 0;
        if (mode == Mode.EXPORT && in.has("sequence")) {
            Integer seq = in.count("sequence", true);
            sequence = seq == null ? 0 : seq;
        }
        Measure measure = type == null ? null : decodeMeasure(type, in);
        if (!in.ok() || measure == null) {
            return Optional.empty();
        }
        if (recordedAt == null) {
            recordedAt = sources.stream().map(Source::publicFrom).min(Instant::compareTo).orElseThrow();
        }
        try {
            EntryId finalId = id != null ? id : derivedId(dyad, actor, target, occurredOn, measure, sources);
            return Optional.of(new Entry(finalId, sequence, dyad, actor, target, occurredOn, recordedAt, author,
                    sources, Optional.ofNullable(respondsTo), confidence, note, measure, contested));
        } catch (IllegalArgumentException e) {
            in.problem("id".equals(firstWord(e.getMessage())) ? "id" : "type", e.getMessage());
            return Optional.empty();
        }
    }

    private static String firstWord(String message) {
        int space = message == null ? -1 : message.indexOf(' ');
        return space < 0 ? "" : message.substring(0, space);
    }

    private static Measure decodeMeasure(MeasureType type, FieldReader in) {
        try {
            return switch (type) {
                case STAFF_EXPELLED, STAFF_DEPARTED, STAFF_ACCREDITED, VISA_DENIED, VISA_GRANTED, VISA_EXTENDED ->
                        staff(type, in);
                case STAFF_CAP_SET -> {
                    Integer cap = in.count("cap", true);
                    yield cap == null ? null : new StaffCapSet(cap);
                }
                case STAFF_LEVEL_REPORTED -> {
                    Integer diplomatic = in.count("diplomatic", false);
                    Integer adminTechnical = in.count("adminTechnical", false);
                    Integer local = in.count("local", false);
                    Integer total = in.count("total", false);
                    if (!in.ok()) {
                        yield null;
                    }
                    Optional<StaffScope> scope = in.has("scope") ? scope(in) : Optional.empty();
                    String reportedBy = in.text("reportedBy", false);
                    FigureBound bound = in.has("bound") ? in.code("bound", true, FigureBound.class) : FigureBound.EXACT;
                    if (!in.ok()) {
                        yield null;
                    }
                    try {
                        yield new StaffLevelReported(new Headcount(diplomatic, adminTechnical, local, total), scope,
                                reportedBy, bound);
                    } catch (IllegalArgumentException e) {
                        in.problem("total", e.getMessage());
                        yield null;
                    }
                }
                case MISSION_OPENED, MISSION_LIMITED, MISSION_SUSPENDED, MISSION_CLOSED, MISSION_SEIZED,
                        MISSION_RETURNED, MISSION_REOPENED -> {
                    MissionId mission = in.parsed("mission", true, MissionId::of);
                    yield mission == null ? null : missionMeasure(type, mission);
                }
                case RESTRICTION_IMPOSED -> {
                    RestrictionId id = in.parsed("restriction", true, RestrictionId::of);
                    RestrictionKind kind = in.code("kind", true, RestrictionKind.class);
                    String description = in.text("description", true);
                    yield in.ok() ? new RestrictionImposed(id, kind, description) : null;
                }
                case RESTRICTION_LIFTED -> {
                    RestrictionId id = in.parsed("restriction", true, RestrictionId::of);
                    yield id == null ? null : new RestrictionLifted(id);
                }
                case CHANNEL_SUSPENDED, CHANNEL_RESTORED -> {
                    ChannelId id = in.parsed("channel", true, ChannelId::of);
                    yield id == null ? null
                            : type == MeasureType.CHANNEL_SUSPENDED ? new ChannelSuspended(id) : new ChannelRestored(id);
                }
                case VISA_SERVICE_CHANGED -> {
                    MissionId mission = in.parsed("mission", true, MissionId::of);
                    VisaIssuance level = in.code("level", true, VisaIssuance.class);
                    Integer capacity = in.count("monthlyCapacity", false);
                    yield in.ok() ? new VisaServiceChanged(mission, level,
                            capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity)) : null;
                }
                case AIR_LINK_SUSPENDED, AIR_LINK_RESUMED -> {
                    AirLinkId id = in.parsed("airLink", true, AirLinkId::of);
                    yield id == null ? null
                            : type == MeasureType.AIR_LINK_SUSPENDED ? new AirLinkSuspended(id) : new AirLinkResumed(id);
                }
                case SANCTION_IMPOSED -> {
                    SanctionId id = in.parsed("sanction", true, SanctionId::of);
                    String target = in.text("sanctionTarget", true);
                    SanctionTargetKind kind = in.code("targetKind", true, SanctionTargetKind.class);
                    String description = in.text("description", true);
                    yield in.ok() ? new SanctionImposed(id, target, kind, description) : null;
                }
                case SANCTION_EASED, SANCTION_LIFTED -> {
                    SanctionId id = in.parsed("sanction", true, SanctionId::of);
                    yield id == null ? null
                            : type == MeasureType.SANCTION_EASED ? new SanctionEased(id) : new SanctionLifted(id);
                }
                case TALKS_HELD -> {
                    String venue = in.text("venue", true);
                    List<String> delegations = in.texts("delegations", false);
                    List<String> agenda = in.texts("agenda", false);
                    String outcome = in.text("outcome", false);
                    List<TrackId> tracks = tracks(in);
                    TalksFormat format = in.code("format", false, TalksFormat.class);
                    Double hours = in.number("durationHours", false, EntryCodec::hours);
                    if (!in.ok()) {
                        yield null;
                    }
                    try {
                        yield new TalksHeld(venue, delegations, agenda, outcome, tracks, Optional.ofNullable(format),
                                hours == null ? OptionalDouble.empty() : OptionalDouble.of(hours));
                    } catch (IllegalArgumentException e) {
                        in.problem("durationHours", e.getMessage());
                        yield null;
                    }
                }
                case CHANNEL_MET -> {
                    ChannelId channel = in.parsed("channel", true, ChannelId::of);
                    String venue = in.text("venue", false);
                    String outcome = in.text("outcome", false);
                    List<TrackId> tracks = tracks(in);
                    yield in.ok() ? new ChannelMet(channel, venue, outcome, tracks) : null;
                }
                case AGREMENT_REQUESTED, AGREMENT_GRANTED, CREDENTIALS_PRESENTED, HEAD_OF_MISSION_DEPARTED,
                        CHARGE_D_AFFAIRES_NAMED -> {
                    MissionId mission = in.parsed("mission", true, MissionId::of);
                    String person = in.text("person", true);
                    yield in.ok() ? headOfMission(type, mission, person) : null;
                }
                case VISA_ROUTING_CHANGED -> {
                    VisaClass visaClass = in.code("visaClass", true, VisaClass.class);
                    String post = in.text("post", true);
                    String description = in.text("description", false);
                    yield in.ok() ? new VisaRoutingChanged(visaClass, post, description) : null;
                }
                case VISA_CLASS_PAUSED, VISA_CLASS_RESUMED -> {
                    VisaClass visaClass = in.code("visaClass", true, VisaClass.class);
                    String category = in.text("visaCategory", false);
                    String description = in.text("description", false);
                    if (!in.ok()) {
                        yield null;
                    }
                    yield type == MeasureType.VISA_CLASS_PAUSED ? new VisaClassPaused(visaClass, category, description)
                            : new VisaClassResumed(visaClass, category, description);
                }
                case VISA_WAIT_REPORTED -> visaWait(in);
                case TALKS_ANNOUNCED, TALKS_CANCELLED -> {
                    String venue = in.text("venue", true);
                    HistoricalDate plannedFor = in.historicalDate("plannedFor", false);
                    TalksFormat format = in.code("format", true, TalksFormat.class);
                    List<TrackId> tracks = tracks(in);
                    String reason = type == MeasureType.TALKS_CANCELLED ? in.text("reason", false) : "";
                    if (!in.ok()) {
                        yield null;
                    }
                    yield type == MeasureType.TALKS_ANNOUNCED
                            ? new TalksAnnounced(venue, Optional.ofNullable(plannedFor), format, tracks)
                            : new TalksCancelled(venue, Optional.ofNullable(plannedFor), format, reason, tracks);
                }
                case COMMITMENT_MADE -> {
                    CommitmentId id = in.parsed("commitment", true, CommitmentId::of);
                    String content = in.text("content", true);
                    LocalDate due = in.date("due", false);
                    TrackId track = in.parsed("track", false, TrackId::of);
                    yield in.ok() ? new CommitmentMade(id, content, Optional.ofNullable(due), Optional.ofNullable(track))
                            : null;
                }
                case COMMITMENT_FULFILLED, COMMITMENT_BROKEN -> {
                    CommitmentId id = in.parsed("commitment", true, CommitmentId::of);
                    yield id == null ? null
                            : type == MeasureType.COMMITMENT_FULFILLED ? new CommitmentFulfilled(id)
                            : new CommitmentBroken(id);
                }
                case STATEMENT -> {
                    String speaker = in.text("speaker", true);
                    String position = in.text("position", true);
                    TrackId track = in.parsed("track", false, TrackId::of);
                    yield in.ok() ? new StatementOfPosition(speaker, position, Optional.ofNullable(track)) : null;
                }
                case CONDITION_CHANGED -> {
                    ConditionId id = in.parsed("condition", true, ConditionId::of);
                    Boolean holds = in.bool("holds", true);
                    yield in.ok() ? new ConditionChanged(id, holds) : null;
                }
                case RETRACTION -> {
                    EntryId retracts = in.parsed("retracts", true, EntryId::of);
                    String reason = in.text("reason", true);
                    yield in.ok() ? new Retraction(retracts, reason) : null;
                }
            };
        } catch (IllegalArgumentException e) {
            in.problem("type", e.getMessage());
            return null;
        }
    }

    /** A reported visa wait: a number of days (with its bound) or, instead, no appointments at all. */
    private static VisaWaitReported visaWait(FieldReader in) {
        String post = in.text("post", true);
        VisaClass visaClass = in.code("visaClass", true, VisaClass.class);
        String category = in.text("visaCategory", false);
        Integer days = in.count("waitDays", false);
        Boolean none = in.has("noAppointments") ? in.bool("noAppointments", true) : null;
        FigureBound bound = in.has("bound") ? in.code("bound", true, FigureBound.class) : FigureBound.EXACT;
        String reportedBy = in.text("reportedBy", true);
        String description = in.text("description", false);
        if (!in.ok()) {
            return null;
        }
        boolean noAppointments = Boolean.TRUE.equals(none);
        if (days == null && !noAppointments) {
            in.problem("waitDays", "give waitDays, or noAppointments: true when none are available");
            return null;
        }
        if (days != null && none != null) {
            in.problem("noAppointments", "give either waitDays or noAppointments, not both");
            return null;
        }
        if (noAppointments && bound != FigureBound.EXACT) {
            in.problem("bound", "a bound applies to waitDays, not to noAppointments");
            return null;
        }
        return new VisaWaitReported(post, visaClass, category,
                days == null ? OptionalInt.empty() : OptionalInt.of(days), bound, reportedBy, description);
    }

    /** The {@code scope:} of a staff figure; empty (with its problems added) when it is wrong. */
    private static Optional<StaffScope> scope(FieldReader in) {
        FieldReader sub = FieldReader.of(in.mapping().fields().get("scope"), in.file(), in.path("scope"), in.problems());
        if (sub == null) {
            return Optional.empty();
        }
        sub.rejectUnknown(MeasureFormat.of(MeasureType.STAFF_LEVEL_REPORTED).field("scope").orElseThrow().fieldNames());
        MissionScope missions = sub.code("missions", true, MissionScope.class);
        StaffCounted counted = sub.code("staff", true, StaffCounted.class);
        return sub.ok() ? Optional.of(new StaffScope(missions, counted)) : Optional.empty();
    }

    private static List<TrackId> tracks(FieldReader in) {
        List<TrackId> tracks = new ArrayList<>();
        for (String track : in.texts("tracks", false)) {
            try {
                tracks.add(TrackId.of(track));
            } catch (IllegalArgumentException e) {
                in.problem("tracks", e.getMessage());
            }
        }
        return tracks;
    }

    private static Double hours(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("'" + text + "' is not a number of hours (e.g. 6.5)");
        }
        return Double.valueOf(text);
    }

    private static Measure headOfMission(MeasureType type, MissionId mission, String person) {
        return switch (type) {
            case AGREMENT_REQUESTED -> new AgrementRequested(mission, person);
            case AGREMENT_GRANTED -> new AgrementGranted(mission, person);
            case CREDENTIALS_PRESENTED -> new CredentialsPresented(mission, person);
            case HEAD_OF_MISSION_DEPARTED -> new HeadOfMissionDeparted(mission, person);
            default -> new ChargeDAffairesNamed(mission, person);
        };
    }

    /** The {@code contested:} block of an entry: who claims, who disputes, what, and the dispute's sources. */
    private static Optional<Contest> contest(FieldReader in, List<FormatProblem> problems) {
        FieldReader sub = FieldReader.of(in.mapping().fields().get("contested"), in.file(), in.path("contested"),
                problems);
        if (sub == null) {
            return Optional.empty();
        }
        sub.rejectUnknown(Set.of("claimedBy", "disputedBy", "note", "sources"));
        String claimedBy = sub.text("claimedBy", true);
        String disputedBy = sub.text("disputedBy", true);
        String note = sub.text("note", false);
        List<Source> sources = sub.has("sources") ? SourceCodec.decodeAll(sub, "sources", problems) : List.of();
        return sub.ok() ? Optional.of(new Contest(claimedBy, disputedBy, note, sources)) : Optional.empty();
    }

    private static Measure staff(MeasureType type, FieldReader in) {
        Integer count = in.integer("count", true);
        if (count != null && count <= 0) {
            in.problem("count", "must be a positive number of people, got " + count);
        }
        StaffCategory category = in.has("category") ? in.code("category", true, StaffCategory.class)
                : StaffCategory.DIPLOMATIC;
        MissionId mission = in.parsed("mission", false, MissionId::of);
        if (!in.ok()) {
            return null;
        }
        Optional<MissionId> m = Optional.ofNullable(mission);
        return switch (type) {
            case STAFF_EXPELLED -> new StaffExpelled(count, category, m);
            case STAFF_DEPARTED -> new StaffDeparted(count, category, m);
            case STAFF_ACCREDITED -> new StaffAccredited(count, category, m);
            case VISA_DENIED -> new VisaDenied(count, category, m);
            case VISA_GRANTED -> new VisaGranted(count, category, m);
            default -> new VisaExtended(count, category, m);
        };
    }

    private static MissionMeasure missionMeasure(MeasureType type, MissionId mission) {
        return switch (type) {
            case MISSION_OPENED -> new MissionOpened(mission);
            case MISSION_LIMITED -> new MissionLimited(mission);
            case MISSION_SUSPENDED -> new MissionSuspended(mission);
            case MISSION_CLOSED -> new MissionClosed(mission);
            case MISSION_SEIZED -> new MissionSeized(mission);
            case MISSION_RETURNED -> new MissionReturned(mission);
            default -> new MissionReopened(mission);
        };
    }

    /**
     * The id of an entry that was given none: a hash of what it says (dyad, actor, target, date,
     * measure, sources), so importing the same content twice yields the same id.
     */
    public static EntryId derivedId(Dyad dyad, Country actor, Country target, HistoricalDate occurredOn,
                                    Measure measure, List<Source> sources) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("dyad", dyad.id());
        content.put("actor", actor.code());
        content.put("target", target.code());
        content.put("occurredOn", occurredOn.toString());
        content.put("type", measure.type().code());
        content.putAll(measureFields(measure));
        content.put("sources", sources.stream().map(SourceCodec::encode).toList());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(content).getBytes(StandardCharsets.UTF_8));
            return EntryId.of("e-" + HexFormat.of().formatHex(hash, 0, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The entry in its one shape; {@code withServerFields} adds sequence, recordedAt, author and dyad. */
    public static Map<String, Object> encode(Entry entry, boolean withServerFields) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", entry.id().value());
        if (withServerFields) {
            out.put("sequence", entry.sequence());
            out.put("dyad", entry.dyad().id());
        }
        out.put("type", entry.type().code());
        out.put("actor", entry.actor().code());
        out.put("target", entry.target().code());
        out.put("occurredOn", entry.occurredOn().toString());
        if (withServerFields) {
            out.put("recordedAt", entry.recordedAt().toString());
            out.put("author", entry.author());
        }
        out.putAll(measureFields(entry.measure()));
        entry.respondsTo().ifPresent(id -> out.put("respondsTo", id.value()));
        out.put("confidence", Codes.of(entry.confidence()));
        if (!entry.note().isEmpty()) {
            out.put("note", entry.note());
        }
        out.put("sources", entry.sources().stream().map(SourceCodec::encode).toList());
        entry.contested().ifPresent(contest -> {
            Map<String, Object> dispute = new LinkedHashMap<>();
            dispute.put("claimedBy", contest.claimedBy());
            dispute.put("disputedBy", contest.disputedBy());
            if (!contest.note().isEmpty()) {
                dispute.put("note", contest.note());
            }
            if (!contest.sources().isEmpty()) {
                dispute.put("sources", contest.sources().stream().map(SourceCodec::encode).toList());
            }
            out.put("contested", dispute);
        });
        return out;
    }

    /** The fields of a measure, named as in the dataset format. */
    public static Map<String, Object> measureFields(Measure measure) {
        return measure.accept(new MeasureFields());
    }

    private static void putIfKnown(Map<String, Object> out, String key, Integer value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
