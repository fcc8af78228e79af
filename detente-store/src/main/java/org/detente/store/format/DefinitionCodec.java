package org.detente.store.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.detente.model.AirLink;
import org.detente.model.AirLinkId;
import org.detente.model.AirLinkStatus;
import org.detente.model.Channel;
import org.detente.model.ChannelId;
import org.detente.model.ChannelLevel;
import org.detente.model.ChannelStatus;
import org.detente.model.Codes;
import org.detente.model.Condition;
import org.detente.model.Confidence;
import org.detente.model.ConditionId;
import org.detente.model.Country;
import org.detente.model.CountryName;
import org.detente.model.Definition;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.HistoricalDate;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.MissionKind;
import org.detente.model.MissionStatus;
import org.detente.model.Source;
import org.detente.model.Track;
import org.detente.model.TrackId;
import org.detente.model.VisaIssuance;

/** Reads and writes {@code dyad.yaml}: the dyad's definitions (see docs/dataset-format.md). */
public final class DefinitionCodec {
    private static final Set<String> TOP = Set.of("dyad", "countries", "tracks", "missions", "channels", "airLinks",
            "conditions");

    private DefinitionCodec() {
    }

    /** Reads the definitions; empty when anything is wrong (every problem added to {@code problems}). */
    public static Optional<DyadDefinition> decode(Tree tree, String file, List<FormatProblem> problems) {
        FieldReader in = FieldReader.of(tree, file, "", problems);
        if (in == null) {
            return Optional.empty();
        }
        in.rejectUnknown(TOP);
        Dyad dyad = in.parsed("dyad", true, Dyad::parse);
        List<CountryName> countries = list(in, "countries", problems, c -> {
            c.rejectUnknown(Set.of("code", "name"));
            Country code = c.parsed("code", true, Country::of);
            String name = c.text("name", true);
            if (code != null && dyad != null && !dyad.includes(code)) {
                c.problem("code", code + " is not a party of " + dyad);
            }
            return c.ok() ? new CountryName(code, name) : null;
        });
        List<Track> tracks = list(in, "tracks", problems, t -> {
            t.rejectUnknown(fieldsWithSourcing("id", "title", "whyNoGoals"));
            TrackId id = t.parsed("id", true, TrackId::of);
            String title = t.text("title", true);
            String whyNoGoals = t.text("whyNoGoals", false);
            Sourcing sourcing = Sourcing.read(t, problems);
            return t.ok() ? new Track(id, title, sourcing.sources(), sourcing.confidence(), sourcing.note(),
                    whyNoGoals == null ? "" : whyNoGoals) : null;
        });
        List<Mission> missions = list(in, "missions", problems, m -> {
            m.rejectUnknown(fieldsWithSourcing("id", "sending", "host", "kind", "city", "name", "since", "attested",
                    "status", "visaIssuance"));
            MissionId id = m.parsed("id", true, MissionId::of);
            Country sending = m.parsed("sending", true, Country::of);
            Country host = m.parsed("host", true, Country::of);
            if (sending != null && sending.equals(host)) {
                m.problem("host", "must differ from the sending country");
            }
            for (String field : List.of("sending", "host")) {
                Country country = "sending".equals(field) ? sending : host;
                if (country != null && dyad != null && !dyad.includes(country)) {
                    m.problem(field, country + " is not a party of " + dyad);
                }
            }
            MissionKind kind = m.code("kind", true, MissionKind.class);
            String city = m.text("city", true);
            String name = m.text("name", true);
            BaselineSince since = BaselineSince.read(m);
            MissionStatus status = m.code("status", true, MissionStatus.class);
            VisaIssuance visas = m.code("visaIssuance", false, VisaIssuance.class);
            Sourcing sourcing = Sourcing.read(m, problems);
            return m.ok() ? new Mission(id, sending, host, kind, city, name, since.date(), since.startUnknown(),
                    status, Optional.ofNullable(visas),
                    sourcing.sources(), sourcing.confidence(), sourcing.note()) : null;
        });
        List<Channel> channels = list(in, "channels", problems, c -> {
            c.rejectUnknown(fieldsWithSourcing("id", "level", "topic", "between", "since", "attested", "status"));
            ChannelId id = c.parsed("id", true, ChannelId::of);
            ChannelLevel level = c.code("level", true, ChannelLevel.class);
            String topic = c.parsed("topic", true, text -> org.detente.model.Ids.requireValid(text, "topic"));
            String between = c.text("between", true);
            BaselineSince since = BaselineSince.read(c);
            ChannelStatus status = c.code("status", true, ChannelStatus.class);
            Sourcing sourcing = Sourcing.read(c, problems);
            return c.ok() ? new Channel(id, level, topic, between, since.date(), since.startUnknown(), status,
                    sourcing.sources(),
                    sourcing.confidence(), sourcing.note()) : null;
        });
        List<AirLink> airLinks = list(in, "airLinks", problems, a -> {
            a.rejectUnknown(fieldsWithSourcing("id", "route", "carriers", "since", "attested", "status"));
            AirLinkId id = a.parsed("id", true, AirLinkId::of);
            String route = a.text("route", true);
            List<String> carriers = a.texts("carriers", false);
            BaselineSince since = BaselineSince.read(a);
            AirLinkStatus status = a.code("status", true, AirLinkStatus.class);
            Sourcing sourcing = Sourcing.read(a, problems);
            return a.ok() ? new AirLink(id, route, carriers, since.date(), since.startUnknown(), status,
                    sourcing.sources(), sourcing.confidence(),
                    sourcing.note()) : null;
        });
        List<Condition> conditions = list(in, "conditions", problems, c -> {
            c.rejectUnknown(fieldsWithSourcing("id", "description", "holds"));
            ConditionId id = c.parsed("id", true, ConditionId::of);
            String description = c.text("description", true);
            Boolean holds = c.bool("holds", true);
            Sourcing sourcing = Sourcing.read(c, problems);
            return c.ok() ? new Condition(id, description, holds, sourcing.sources(), sourcing.confidence(),
                    sourcing.note()) : null;
        });
        requireUnique(file, "tracks", tracks, Track::key, in, problems);
        requireUnique(file, "missions", missions, Mission::key, in, problems);
        requireUnique(file, "channels", channels, Channel::key, in, problems);
        requireUnique(file, "airLinks", airLinks, AirLink::key, in, problems);
        requireUnique(file, "conditions", conditions, Condition::key, in, problems);
        if (!in.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DyadDefinition(dyad, countries, tracks, missions, channels, airLinks, conditions));
        } catch (IllegalArgumentException e) {
            in.problem("dyad", e.getMessage());
            return Optional.empty();
        }
    }

    private static <T> void requireUnique(String file, String field, List<T> items, Function<T, String> key,
                                          FieldReader in, List<FormatProblem> problems) {
        Set<String> seen = new java.util.HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                problems.add(new FormatProblem(file, in.lineOf(field), field, "id '" + key.apply(item) + "' is defined twice"));
            }
        }
    }

    private static <T> List<T> list(FieldReader in, String field, List<FormatProblem> problems,
                                    Function<FieldReader, T> read) {
        List<T> result = new ArrayList<>();
        List<Tree> items = in.items(field, false);
        for (int i = 0; i < items.size(); i++) {
            FieldReader item = FieldReader.of(items.get(i), in.file(), field + "[" + i + "]", problems);
            if (item != null) {
                T value = read.apply(item);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    /** The definitions in the shape of {@code dyad.yaml}. */
    public static Map<String, Object> encode(DyadDefinition definition) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dyad", definition.dyad().id());
        out.put("countries", definition.countries().stream().map(c -> ordered("code", c.country().code(), "name",
                c.name())).toList());
        out.put("tracks", definition.tracks().stream().map(t -> {
            Map<String, Object> map = ordered("id", t.id().value(), "title", t.title());
            if (!t.whyNoGoals().isEmpty()) {
                map.put("whyNoGoals", t.whyNoGoals());
            }
            return withSourcing(map, t);
        }).toList());
        out.put("missions", definition.missions().stream().map(m -> {
            Map<String, Object> map = ordered("id", m.id().value(), "sending", m.sending().code(), "host",
                    m.host().code(), "kind", Codes.of(m.kind()), "city", m.city(), "name", m.name(),
                    "since", null, "status", Codes.of(m.status()));
            BaselineSince.write(map, m.since(), m.startUnknown());
            m.visaIssuance().ifPresent(v -> map.put("visaIssuance", Codes.of(v)));
            return withSourcing(map, m);
        }).toList());
        out.put("channels", definition.channels().stream().map(c -> {
            Map<String, Object> map = ordered("id", c.id().value(), "level", Codes.of(c.level()), "topic", c.topic(),
                    "between", c.between(), "since", null, "status", Codes.of(c.status()));
            BaselineSince.write(map, c.since(), c.startUnknown());
            return withSourcing(map, c);
        }).toList());
        out.put("airLinks", definition.airLinks().stream().map(a -> {
            Map<String, Object> map = ordered("id", a.id().value(), "route", a.route(), "carriers", a.carriers(),
                    "since", null, "status", Codes.of(a.status()));
            BaselineSince.write(map, a.since(), a.startUnknown());
            return withSourcing(map, a);
        }).toList());
        out.put("conditions", definition.conditions().stream().map(c -> withSourcing(ordered("id", c.id().value(),
                "description", c.description(), "holds", c.holds()), c)).toList());
        return out;
    }

    /**
     * {@code map} with the definition's sources, then its confidence when not {@code high} and its
     * note when it has one (so that a file written back reads as people write it).
     */
    private static Map<String, Object> withSourcing(Map<String, Object> map, Definition definition) {
        map.put("sources", definition.sources().stream().map(SourceCodec::encode).toList());
        if (definition.confidence() != Confidence.HIGH) {
            map.put("confidence", Codes.of(definition.confidence()));
        }
        if (!definition.note().isEmpty()) {
            map.put("note", definition.note());
        }
        return map;
    }

    /** The fields of a definition: its own, then {@code sources}, {@code confidence} and {@code note}. */
    private static Set<String> fieldsWithSourcing(String... fields) {
        Set<String> all = new java.util.HashSet<>(List.of(fields));
        all.addAll(List.of("sources", "confidence", "note"));
        return all;
    }

    /** What every definition says of where its baseline comes from and how sure it is. */
    private record Sourcing(List<Source> sources, Confidence confidence, String note) {
        static Sourcing read(FieldReader in, List<FormatProblem> problems) {
            List<Source> sources = SourceCodec.decodeAll(in, "sources", problems);
            Confidence confidence = in.has("confidence") ? in.code("confidence", true, Confidence.class)
                    : Confidence.HIGH;
            return new Sourcing(sources, confidence, in.text("note", false));
        }
    }

    /** An insertion-ordered map from alternating keys and values. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
