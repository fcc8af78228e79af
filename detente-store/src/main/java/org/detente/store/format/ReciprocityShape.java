package org.detente.store.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.CategoryParity;
import org.detente.analysis.IgnoredLink;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ReciprocityReport;
import org.detente.analysis.ResponsePair;
import org.detente.analysis.SideScore;
import org.detente.analysis.SideTotals;
import org.detente.analysis.UnansweredMeasure;
import org.detente.ledger.Entry;
import org.detente.model.Codes;
import org.detente.model.Dyad;

/**
 * The one JSON shape of reciprocity and escalation as of a date (documented in docs/json.md):
 * what {@code detente reciprocity --json} prints and {@code GET /api/dyads/{dyad}/reciprocity}
 * returns. Pairs are in the order of their responses; unanswered measures in projection order;
 * parity per category and stance with each side's totals; the escalation index per month, per
 * side and net, each with its running total.
 */
public final class ReciprocityShape {
    private ReciprocityShape() {
    }

    public static Map<String, Object> of(Dyad dyad, LocalDate asOf, Optional<Instant> knownAt, int windowDays,
                                         ReciprocityReport report,
                                         List<MonthlyEscalation> escalation) {
        Map<String, Object> out = ShapeHead.of(dyad, asOf, knownAt);
        out.put("windowDays", windowDays);
        out.put("pairs", report.pairs().stream().map(ReciprocityShape::pair).toList());
        out.put("unanswered", report.unanswered().stream().map(ReciprocityShape::unanswered).toList());
        out.put("parity", report.parity().stream().map(ReciprocityShape::parity).toList());
        out.put("ignoredLinks", report.ignoredLinks().stream().map(ReciprocityShape::ignored).toList());
        Map<String, Object> index = new LinkedHashMap<>();
        MonthlyEscalation last = escalation.isEmpty() ? null : escalation.get(escalation.size() - 1);
        Map<String, Object> cumulative = new LinkedHashMap<>();
        if (last != null) {
            for (SideScore side : last.sides()) {
                cumulative.put(side.side().code(), side.cumulative());
            }
            cumulative.put("net", last.cumulativeNet());
        }
        index.put("cumulative", cumulative);
        index.put("months", escalation.stream().map(ReciprocityShape::month).toList());
        out.put("escalation", index);
        return out;
    }

    /** A measure or response: {@code id}, {@code date}, {@code type}, {@code actor}, {@code magnitude}. */
    public static Map<String, Object> measure(Entry entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", entry.id().value());
        map.put("date", entry.occurredOn().toString());
        map.put("type", entry.type().code());
        map.put("actor", entry.actor().code());
        map.put("magnitude", entry.measure().magnitude());
        return map;
    }

    private static Map<String, Object> pair(ResponsePair pair) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("measure", measure(pair.measure()));
        map.put("response", measure(pair.response()));
        map.put("basis", pair.basis().name());
        map.put("ratio", pair.magnitudeRatio());
        map.put("lagDays", pair.lagDays());
        map.put("approximate", pair.approximate());
        return map;
    }

    private static Map<String, Object> unanswered(UnansweredMeasure measure) {
        Map<String, Object> map = measure(measure.measure());
        map.put("itselfAResponse", measure.itselfAResponse());
        return map;
    }

    private static Map<String, Object> parity(CategoryParity parity) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("category", Codes.of(parity.category()));
        map.put("stance", Codes.of(parity.stance()));
        map.put("sides", List.of(side(parity.first()), side(parity.second())));
        map.put("balance", parity.balance());
        map.put("parity", parity.parity().isPresent() ? parity.parity().getAsDouble() : null);
        return map;
    }

    private static Map<String, Object> side(SideTotals totals) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("side", totals.side().code());
        map.put("measures", totals.measures());
        map.put("magnitude", totals.magnitude());
        return map;
    }

    private static Map<String, Object> ignored(IgnoredLink link) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("response", link.response().id().value());
        map.put("respondsTo", link.respondsTo().value());
        map.put("reason", link.reason());
        return map;
    }

    private static Map<String, Object> month(MonthlyEscalation month) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("month", month.month().toString());
        map.put("sides", month.sides().stream().map(s -> {
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("side", s.side().code());
            side.put("month", s.month());
            side.put("cumulative", s.cumulative());
            side.put("events", s.events());
            return side;
        }).toList());
        map.put("net", month.net());
        map.put("cumulativeNet", month.cumulativeNet());
        map.put("imprecise", month.imprecise());
        return map;
    }
}
