package org.detente.store.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.model.AirLinkId;
import org.detente.model.ChannelLevel;
import org.detente.model.Codes;
import org.detente.model.CommitmentId;
import org.detente.model.ConditionId;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.Ids;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.Source;
import org.detente.model.StaffCategory;
import org.detente.model.TrackId;
import org.detente.model.VisaIssuance;
import org.detente.roadmap.AirLinkOperating;
import org.detente.roadmap.AllOf;
import org.detente.roadmap.AnyOf;
import org.detente.roadmap.ChannelsActive;
import org.detente.roadmap.CommitmentIsFulfilled;
import org.detente.roadmap.ConditionHolds;
import org.detente.roadmap.Criterion;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;
import org.detente.roadmap.HeadsOfMissionInPost;
import org.detente.roadmap.InvalidRoadmapException;
import org.detente.roadmap.MissionHasStatus;
import org.detente.roadmap.NoRestrictionsInForce;
import org.detente.roadmap.RestrictionNotInForce;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapProblem;
import org.detente.roadmap.SanctionRelieved;
import org.detente.roadmap.StaffAtLeast;
import org.detente.roadmap.StaffMultipleReached;
import org.detente.roadmap.VisaIssuanceAtLeast;

/**
 * Reads and writes {@code roadmap.yaml} (docs/roadmap.md): the goals, each with one typed
 * criterion, and the overall goal. Every problem is reported as {@code file:line: field: message},
 * including those {@link Roadmap} finds in the goal graph (duplicate ids, unknown preconditions,
 * cycles, which it names in order) and, with {@link #decodeAgainst}, references the dataset lacks.
 * Decoding never throws for bad content.
 */
public final class RoadmapCodec {
    private static final Set<String> TOP = Set.of("dyad", "overallGoal", "trigger", "goals");
    private static final Set<String> GOAL = Set.of("id", "track", "title", "description", "criterion",
            "preconditions", "targetRange", "sources", "kind");
    private static final Map<String, Set<String>> CRITERION_FIELDS = new LinkedHashMap<>();

    static {
        CRITERION_FIELDS.put(StaffMultipleReached.TYPE, Set.of("sending", "multiple", "baselineDate", "category"));
        CRITERION_FIELDS.put(StaffAtLeast.TYPE, Set.of("sending", "count", "category"));
        CRITERION_FIELDS.put(MissionHasStatus.TYPE, Set.of("mission", "status"));
        CRITERION_FIELDS.put(RestrictionNotInForce.TYPE, Set.of("restriction"));
        CRITERION_FIELDS.put(NoRestrictionsInForce.TYPE, Set.of("kinds", "imposedBy"));
        CRITERION_FIELDS.put(ChannelsActive.TYPE, Set.of("atLeast", "level", "topic"));
        CRITERION_FIELDS.put(VisaIssuanceAtLeast.TYPE, Set.of("mission", "level"));
        CRITERION_FIELDS.put(AirLinkOperating.TYPE, Set.of("airLink"));
        CRITERION_FIELDS.put(SanctionRelieved.TYPE, Set.of("sanction", "relief"));
        CRITERION_FIELDS.put(CommitmentIsFulfilled.TYPE, Set.of("commitment"));
        CRITERION_FIELDS.put(ConditionHolds.TYPE, Set.of("condition", "holds"));
        CRITERION_FIELDS.put(HeadsOfMissionInPost.TYPE, Set.of("missions"));
        CRITERION_FIELDS.put(AllOf.TYPE, Set.of("criteria"));
        CRITERION_FIELDS.put(AnyOf.TYPE, Set.of("criteria"));
    }

    private RoadmapCodec() {
    }

    /** The criterion types a roadmap may use, as written in files. */
    public static Set<String> criterionTypes() {
        return CRITERION_FIELDS.keySet();
    }

    /**
     * Reads a roadmap of {@code dyad}. Returns empty and adds to {@code problems} when anything is
     * wrong: the format, or the goal graph (each graph problem at the line of its goal).
     */
    public static Optional<Roadmap> decode(Tree tree, String file, Dyad dyad, List<FormatProblem> problems) {
        FieldReader in = FieldReader.of(tree, file, "", problems);
        if (in == null) {
            return Optional.empty();
        }
        in.rejectUnknown(TOP);
        Dyad declared = in.parsed("dyad", true, Dyad::parse);
        if (declared != null && dyad != null && !declared.equals(dyad)) {
            in.problem("dyad", "roadmap is for " + declared + " but the dataset is " + dyad);
        }
        GoalId overall = in.parsed("overallGoal", false, GoalId::of);
        EntryId trigger = in.parsed("trigger", false, EntryId::of);
        List<Tree> items = in.items("goals", true);
        if (items.isEmpty() && in.has("goals")) {
            in.problem("goals", "at least one goal is required");
        }
        List<Goal> goals = new ArrayList<>();
        Map<String, Located> located = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "goals[" + i + "]";
            FieldReader goal = FieldReader.of(items.get(i), file, path, problems);
            if (goal == null) {
                continue;
            }
            Optional<Goal> decoded = goal(goal, problems);
            String id = goal.mapping().get("id") instanceof Tree.Scalar s ? s.value().trim() : "";
            located.putIfAbsent(id, new Located(path, goal.mapping()));
            decoded.ifPresent(goals::add);
        }
        if (!in.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Roadmap.of(goals, Optional.ofNullable(overall)).withTrigger(Optional.ofNullable(trigger)));
        } catch (InvalidRoadmapException e) {
            problems.addAll(locate(e.problems(), file, in.mapping(), located));
            return Optional.empty();
        }
    }

    /**
     * Reads a roadmap and checks it against the dataset it belongs to
     * ({@link Roadmap#problemsAgainst}): tracks, missions, channel topics, air links, conditions,
     * countries, and the restrictions, sanctions and commitments some entry creates.
     */
    public static Optional<Roadmap> decodeAgainst(Tree tree, String file, DyadDefinition definition,
                                                  Collection<Entry> entries, List<FormatProblem> problems) {
        Optional<Roadmap> roadmap = decode(tree, file, definition.dyad(), problems);
        if (roadmap.isEmpty()) {
            return roadmap;
        }
        List<RoadmapProblem> unresolved = roadmap.get().problemsAgainst(definition, entries);
        if (unresolved.isEmpty()) {
            return roadmap;
        }
        problems.addAll(locate(unresolved, file, (Tree.Mapping) tree, locatedGoals((Tree.Mapping) tree)));
        return Optional.empty();
    }

    private record Located(String path, Tree.Mapping mapping) {
    }

    private static Map<String, Located> locatedGoals(Tree.Mapping top) {
        Map<String, Located> located = new HashMap<>();
        if (top.get("goals") instanceof Tree.Sequence goals) {
            for (int i = 0; i < goals.items().size(); i++) {
                if (goals.items().get(i) instanceof Tree.Mapping goal && goal.get("id") instanceof Tree.Scalar id) {
                    located.putIfAbsent(id.value().trim(), new Located("goals[" + i + "]", goal));
                }
            }
        }
        return located;
    }

    /** The problems of the core's words at the line of the goal and field they name. */
    private static List<FormatProblem> locate(List<RoadmapProblem> found, String file, Tree.Mapping top,
                                              Map<String, Located> goals) {
        List<FormatProblem> result = new ArrayList<>();
        for (RoadmapProblem problem : found) {
            Located goal = goals.get(problem.goal());
            if (goal == null) {
                result.add(new FormatProblem(file, top.lineOf(problem.field()), problem.field(), problem.message()));
                continue;
            }
            String[] parts = problem.field().split("\\.");
            Tree.Mapping at = goal.mapping();
            int line = at.lineOf(parts[0]);
            for (int i = 1; i < parts.length && at.get(parts[i - 1]) instanceof Tree.Mapping inner; i++) {
                at = inner;
                line = inner.lineOf(parts[i]);
            }
            String message = problem.message();
            if ("id".equals(problem.field()) || message.contains("cycle")) {
                message = message.replace("goal id '" + problem.goal() + "'", "'" + problem.goal() + "'");
            }
            result.add(new FormatProblem(file, line, goal.path() + "." + problem.field(),
                    "goal " + problem.goal() + ": " + message));
        }
        return result;
    }

    private static Optional<Goal> goal(FieldReader in, List<FormatProblem> problems) {
        in.rejectUnknown(GOAL);
        GoalId id = in.parsed("id", true, GoalId::of);
        TrackId track = in.parsed("track", true, TrackId::of);
        String title = in.text("title", true);
        String description = in.text("description", false);
        Criterion criterion = null;
        Tree criterionTree = in.mapping().get("criterion");
        if (criterionTree == null || criterionTree instanceof Tree.Null) {
            in.problem("criterion", "is required (a mapping with a type: one of " + String.join(", ", criterionTypes()) + ")");
        } else {
            criterion = criterion(criterionTree, in.file(), in.path("criterion"), problems);
        }
        List<GoalId> preconditions = new ArrayList<>();
        List<String> ids = in.texts("preconditions", false);
        Set<String> seen = new HashSet<>();
        for (String precondition : ids) {
            try {
                GoalId pre = GoalId.of(precondition);
                if (pre.equals(id)) {
                    in.problem("preconditions", "a goal cannot be its own precondition");
                } else if (!seen.add(precondition)) {
                    in.problem("preconditions", "'" + precondition + "' is listed twice");
                } else {
                    preconditions.add(pre);
                }
            } catch (IllegalArgumentException e) {
                in.problem("preconditions", e.getMessage());
            }
        }
        String targetRange = in.text("targetRange", false);
        GoalKind kind = in.code("kind", false, GoalKind.class);
        List<Source> sources = SourceCodec.decodeAll(in, "sources", problems);
        if (!in.ok() || criterion == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Goal(id, track, title, description == null ? "" : description, criterion,
                    preconditions, Optional.ofNullable(targetRange), sources, Optional.ofNullable(kind)));
        } catch (IllegalArgumentException | NullPointerException e) {
            in.problem("id", e.getMessage());
            return Optional.empty();
        }
    }

    /** One criterion (recursively for all-of and any-of); null after recording its problems. */
    private static Criterion criterion(Tree tree, String file, String path, List<FormatProblem> problems) {
        FieldReader in = FieldReader.of(tree, file, path, problems);
        if (in == null) {
            return null;
        }
        String type = in.text("type", true);
        if (type == null) {
            return null;
        }
        type = type.trim();
        Set<String> fields = CRITERION_FIELDS.get(type);
        if (fields == null) {
            in.problem("type", "'" + type + "' is not a criterion type (one of " + String.join(", ", criterionTypes()) + ")");
            return null;
        }
        Set<String> allowed = new HashSet<>(fields);
        allowed.add("type");
        in.rejectUnknown(allowed);
        Criterion criterion;
        try {
            criterion = decodeType(type, in, problems);
        } catch (IllegalArgumentException e) {
            in.problem("type", e.getMessage());
            return null;
        }
        return in.ok() ? criterion : null;
    }

    private static Criterion decodeType(String type, FieldReader in, List<FormatProblem> problems) {
        switch (type) {
            case StaffMultipleReached.TYPE -> {
                Country sending = in.parsed("sending", true, Country::of);
                Double multiple = in.parsed("multiple", true, RoadmapCodec::positiveNumber);
                var baseline = in.date("baselineDate", true);
                StaffCategory category = in.code("category", false, StaffCategory.class);
                return in.ok() ? new StaffMultipleReached(sending, multiple, baseline, Optional.ofNullable(category)) : null;
            }
            case StaffAtLeast.TYPE -> {
                Country sending = in.parsed("sending", true, Country::of);
                Integer count = in.integer("count", true);
                if (count != null && count < 1) {
                    in.problem("count", "must be at least 1, got " + count);
                }
                StaffCategory category = in.code("category", false, StaffCategory.class);
                return in.ok() ? new StaffAtLeast(sending, count, Optional.ofNullable(category)) : null;
            }
            case MissionHasStatus.TYPE -> {
                MissionId mission = in.parsed("mission", true, MissionId::of);
                MissionStatus status = in.code("status", true, MissionStatus.class);
                return in.ok() ? new MissionHasStatus(mission, status) : null;
            }
            case RestrictionNotInForce.TYPE -> {
                RestrictionId restriction = in.parsed("restriction", true, RestrictionId::of);
                return in.ok() ? new RestrictionNotInForce(restriction) : null;
            }
            case NoRestrictionsInForce.TYPE -> {
                Set<RestrictionKind> kinds = new LinkedHashSet<>();
                for (String kind : in.texts("kinds", false)) {
                    try {
                        kinds.add(Codes.parse(RestrictionKind.class, kind, "kind"));
                    } catch (IllegalArgumentException e) {
                        in.problem("kinds", e.getMessage());
                    }
                }
                Country imposedBy = in.parsed("imposedBy", false, Country::of);
                return in.ok() ? new NoRestrictionsInForce(kinds, Optional.ofNullable(imposedBy)) : null;
            }
            case ChannelsActive.TYPE -> {
                Integer atLeast = in.integer("atLeast", true);
                if (atLeast != null && atLeast < 1) {
                    in.problem("atLeast", "must be at least 1, got " + atLeast);
                }
                ChannelLevel level = in.code("level", false, ChannelLevel.class);
                String topic = in.parsed("topic", false, text -> Ids.requireValid(text, "topic"));
                return in.ok() ? new ChannelsActive(atLeast, Optional.ofNullable(level), Optional.ofNullable(topic)) : null;
            }
            case VisaIssuanceAtLeast.TYPE -> {
                MissionId mission = in.parsed("mission", true, MissionId::of);
                VisaIssuance level = in.code("level", true, VisaIssuance.class);
                if (level == VisaIssuance.NONE) {
                    in.problem("level", "must be emergency-only, limited or full: every mission issues at least none");
                }
                return in.ok() ? new VisaIssuanceAtLeast(mission, level) : null;
            }
            case AirLinkOperating.TYPE -> {
                AirLinkId airLink = in.parsed("airLink", true, AirLinkId::of);
                return in.ok() ? new AirLinkOperating(airLink) : null;
            }
            case SanctionRelieved.TYPE -> {
                SanctionId sanction = in.parsed("sanction", true, SanctionId::of);
                SanctionStatus relief = in.parsed("relief", true, text -> {
                    SanctionStatus status = Codes.parse(SanctionStatus.class, text, "relief");
                    if (status == SanctionStatus.IN_FORCE) {
                        throw new IllegalArgumentException("relief 'in-force' is not a relief (eased or lifted)");
                    }
                    return status;
                });
                return in.ok() ? new SanctionRelieved(sanction, relief) : null;
            }
            case CommitmentIsFulfilled.TYPE -> {
                CommitmentId commitment = in.parsed("commitment", true, CommitmentId::of);
                return in.ok() ? new CommitmentIsFulfilled(commitment) : null;
            }
            case ConditionHolds.TYPE -> {
                ConditionId condition = in.parsed("condition", true, ConditionId::of);
                Boolean holds = in.has("holds") ? in.bool("holds", true) : Boolean.TRUE;
                return in.ok() ? new ConditionHolds(condition, holds) : null;
            }
            case HeadsOfMissionInPost.TYPE -> {
                List<MissionId> missions = new ArrayList<>();
                for (String mission : in.texts("missions", true)) {
                    try {
                        missions.add(MissionId.of(mission));
                    } catch (IllegalArgumentException e) {
                        in.problem("missions", e.getMessage());
                    }
                }
                if (in.has("missions") && missions.isEmpty() && in.ok()) {
                    in.problem("missions", "at least one mission is required");
                }
                return in.ok() ? new HeadsOfMissionInPost(missions) : null;
            }
            default -> {
                List<Tree> items = in.items("criteria", true);
                if (in.has("criteria") && items.size() < 2) {
                    in.problem("criteria", type + " needs at least 2 criteria, got " + items.size());
                }
                List<Criterion> parts = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    Criterion part = criterion(items.get(i), in.file(), in.path("criteria") + "[" + i + "]", problems);
                    if (part != null) {
                        parts.add(part);
                    }
                }
                if (!in.ok()) {
                    return null;
                }
                return AllOf.TYPE.equals(type) ? new AllOf(parts) : new AnyOf(parts);
            }
        }
    }

    private static Double positiveNumber(String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("must be a number > 0, got " + text);
        }
        return value;
    }

    /** The roadmap in the shape of {@code roadmap.yaml}, for exports; decoding it gives the same roadmap. */
    public static Map<String, Object> encode(Dyad dyad, Roadmap roadmap) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dyad", dyad.id());
        roadmap.overallGoal().ifPresent(id -> out.put("overallGoal", id.value()));
        roadmap.trigger().ifPresent(id -> out.put("trigger", id.value()));
        List<Map<String, Object>> goals = new ArrayList<>();
        for (Goal goal : roadmap.goals()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", goal.id().value());
            map.put("track", goal.track().value());
            map.put("title", goal.title());
            if (!goal.description().isEmpty()) {
                map.put("description", goal.description());
            }
            map.put("criterion", encode(goal.criterion()));
            map.put("preconditions", goal.preconditions().stream().map(GoalId::value).toList());
            goal.targetRange().ifPresent(range -> map.put("targetRange", range));
            goal.kind().ifPresent(kind -> map.put("kind", Codes.of(kind)));
            map.put("sources", goal.sources().stream().map(SourceCodec::encode).toList());
            goals.add(map);
        }
        out.put("goals", goals);
        return out;
    }

    /** One criterion in the shape of {@code roadmap.yaml}: {@code type} and the fields of that type. */
    public static Map<String, Object> encode(Criterion criterion) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", criterion.type());
        if (criterion instanceof StaffMultipleReached c) {
            out.put("sending", c.sending().code());
            out.put("multiple", number(c.multiple()));
            out.put("baselineDate", c.baselineDate().toString());
            c.category().ifPresent(category -> out.put("category", Codes.of(category)));
        } else if (criterion instanceof StaffAtLeast c) {
            out.put("sending", c.sending().code());
            out.put("count", c.count());
            c.category().ifPresent(category -> out.put("category", Codes.of(category)));
        } else if (criterion instanceof MissionHasStatus c) {
            out.put("mission", c.mission().value());
            out.put("status", Codes.of(c.status()));
        } else if (criterion instanceof RestrictionNotInForce c) {
            out.put("restriction", c.restriction().value());
        } else if (criterion instanceof NoRestrictionsInForce c) {
            out.put("kinds", new TreeSet<>(c.kinds()).stream().map(Codes::of).toList());
            c.imposedBy().ifPresent(country -> out.put("imposedBy", country.code()));
        } else if (criterion instanceof ChannelsActive c) {
            out.put("atLeast", c.atLeast());
            c.level().ifPresent(level -> out.put("level", Codes.of(level)));
            c.topic().ifPresent(topic -> out.put("topic", topic));
        } else if (criterion instanceof VisaIssuanceAtLeast c) {
            out.put("mission", c.mission().value());
            out.put("level", Codes.of(c.level()));
        } else if (criterion instanceof AirLinkOperating c) {
            out.put("airLink", c.airLink().value());
        } else if (criterion instanceof SanctionRelieved c) {
            out.put("sanction", c.sanction().value());
            out.put("relief", Codes.of(c.relief()));
        } else if (criterion instanceof CommitmentIsFulfilled c) {
            out.put("commitment", c.commitment().value());
        } else if (criterion instanceof ConditionHolds c) {
            out.put("condition", c.condition().value());
            out.put("holds", c.holds());
        } else if (criterion instanceof HeadsOfMissionInPost c) {
            out.put("missions", c.missions().stream().map(MissionId::value).toList());
        } else if (criterion instanceof AllOf c) {
            out.put("criteria", c.criteria().stream().map(RoadmapCodec::encode).toList());
        } else if (criterion instanceof AnyOf c) {
            out.put("criteria", c.criteria().stream().map(RoadmapCodec::encode).toList());
        }
        return out;
    }

    /** A whole number as an integer (25, not 25.0), else the double. */
    static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }
}
