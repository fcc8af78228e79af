package org.detente.app.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.MonthlyEscalation;
import org.detente.events.signals.DirectionSeries;
import org.detente.events.signals.DyadSeries;
import org.detente.events.signals.MonthlySignal;
import org.detente.events.suggest.Suggestion;
import org.detente.events.suggest.SuggestionRule;
import org.detente.model.Channel;
import org.detente.model.DyadDefinition;

/** The news-event panel of the reciprocity page, from a dyad's event series and suggestions. */
final class EventsPresenter {
    static final String NONE_IMPORTED = "No news events of this dyad have been imported "
            + "(detente events import FILE..., see docs/events.md).";

    private EventsPresenter() {
    }

    static AnalysisPages.EventsPanel present(DyadDefinition definition, Optional<DyadSeries> series,
                                             List<Suggestion> suggestions, List<MonthlyEscalation> escalation,
                                             String notice, String error) {
        if (series.isEmpty()) {
            return new AnalysisPages.EventsPanel(false, NONE_IMPORTED, "", "", List.of(), List.of(), notice, error);
        }
        DyadSeries s = series.get();
        Map<String, Double> ledgerNet = new HashMap<>();
        for (MonthlyEscalation month : escalation) {
            ledgerNet.put(month.month().toString(), month.net());
        }
        List<String> months = new ArrayList<>();
        List<Double> net = new ArrayList<>();
        for (MonthlySignal m : s.forward().months()) {
            months.add(m.month().toString());
            net.add(ledgerNet.get(m.month().toString()));
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DirectionSeries direction : List.of(s.forward(), s.backward())) {
            lines.add(Map.of("name", definition.nameOf(direction.actor()) + " → " + definition.nameOf(direction.target())
                    + " (events, Goldstein sum)", "values", direction.months().stream().map(MonthlySignal::goldsteinSum)
                    .toList()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", months);
        chart.put("events", lines);
        chart.put("ledger", Map.of("name", "ledger: net escalation index of the month", "values", net));
        List<AnalysisPages.SuggestionRow> rows = new ArrayList<>();
        for (Suggestion x : suggestions) {
            Suggestion.EventRef first = x.sources().get(0);
            String url = first.url().orElse("");
            rows.add(new AnalysisPages.SuggestionRow(x.id(),
                    x.firstDay().equals(x.lastDay()) ? x.firstDay().toString() : x.firstDay() + " – " + x.lastDay(),
                    definition.nameOf(x.actor()) + " → " + definition.nameOf(x.target()),
                    Labels.words(x.rule().type().code()), x.cameo(), x.reports(),
                    Views.Badge.of(x.status().name().toLowerCase(Locale.ROOT)), url,
                    first.source().toUpperCase(Locale.ROOT) + " event " + first.eventId(),
                    x.status() == Suggestion.Status.PENDING, x.rule() == SuggestionRule.EXPULSION,
                    x.rule() == SuggestionRule.REDUCED_RELATIONS, x.entryId().orElse("")));
        }
        List<LedgerPage.Option> channels = new ArrayList<>();
        for (Channel channel : definition.channels()) {
            channels.add(new LedgerPage.Option(channel.id().value(), channel.id().value() + ": " + channel.topic(), false));
        }
        return new AnalysisPages.EventsPanel(true, "", Json.of(chart), s.from() + " to " + s.to(), rows, channels,
                notice, error);
    }
}
