package org.detente.app.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.detente.events.signals.DirectionSeries;
import org.detente.events.signals.DyadSeries;
import org.detente.events.signals.MonthlySignal;
import org.detente.events.suggest.Suggestion;

/**
 * The JSON shapes of news event data (docs/events.md), one per concept: what {@code detente events
 * series --json} and {@code suggestions --json} print and what the API answers.
 */
public final class EventShapes {
    private EventShapes() {
    }

    /** A dyad's monthly series, both directions. */
    public static Map<String, Object> series(DyadSeries series) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("dyad", series.dyad().id());
        shape.put("from", series.from().toString());
        shape.put("to", series.to().toString());
        List<Object> directions = new ArrayList<>();
        for (DirectionSeries direction : List.of(series.forward(), series.backward())) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("actor", direction.actor().code());
            d.put("target", direction.target().code());
            List<Object> months = new ArrayList<>();
            for (MonthlySignal m : direction.months()) {
                Map<String, Object> month = new LinkedHashMap<>();
                month.put("month", m.month().toString());
                month.put("events", m.events());
                month.put("verbalCooperation", m.verbalCooperation());
                month.put("materialCooperation", m.materialCooperation());
                month.put("verbalConflict", m.verbalConflict());
                month.put("materialConflict", m.materialConflict());
                month.put("goldsteinSum", m.goldsteinSum());
                month.put("goldsteinMean", number(m.goldsteinMean()));
                month.put("toneMean", number(m.toneMean()));
                months.add(month);
            }
            d.put("months", months);
            directions.add(d);
        }
        shape.put("directions", directions);
        return shape;
    }

    /** A dyad's suggestions. */
    public static Map<String, Object> suggestions(String dyad, List<Suggestion> suggestions) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("dyad", dyad);
        shape.put("suggestions", suggestions.stream().map(EventShapes::suggestion).toList());
        return shape;
    }

    /** One suggestion, with its status and reporting events. */
    public static Map<String, Object> suggestion(Suggestion s) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", s.id());
        shape.put("dyad", s.dyad().id());
        shape.put("actor", s.actor().code());
        shape.put("target", s.target().code());
        shape.put("firstDay", s.firstDay().toString());
        shape.put("lastDay", s.lastDay().toString());
        shape.put("type", s.rule().type().code());
        shape.put("cameo", s.cameo());
        shape.put("reports", s.reports());
        shape.put("mentions", s.mentions());
        shape.put("status", s.status().name().toLowerCase(Locale.ROOT));
        shape.put("entryId", s.entryId().orElse(null));
        shape.put("sources", s.sources().stream().map(e -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("source", e.source());
            source.put("eventId", e.eventId());
            source.put("day", e.day().toString());
            source.put("cameo", e.cameo());
            source.put("mentions", e.mentions());
            source.put("url", e.url().orElse(null));
            return source;
        }).toList());
        return shape;
    }

    private static Object number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
