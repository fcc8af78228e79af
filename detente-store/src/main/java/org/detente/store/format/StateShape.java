package org.detente.store.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.model.Codes;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.state.CommitmentState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;
import org.detente.state.StaffState;

/**
 * The one JSON shape of {@link RelationsState} (documented in docs/json.md): what
 * {@code detente status --json} prints and {@code GET /api/dyads/{dyad}/state} returns.
 */
public final class StateShape {
    private StateShape() {
    }

    /**
     * {@code since} is the day a status began, null when no source gives it; {@code attested} is then
     * the earliest date a source shows the status (absent otherwise).
     */
    private static void since(Map<String, Object> map, Optional<HistoricalDate> known, HistoricalDate since) {
        map.put("since", known.map(Object::toString).orElse(null));
        if (known.isEmpty()) {
            map.put("attested", since.toString());
        }
    }

    public static Map<String, Object> of(RelationsState state) {
        Map<String, Object> out = ShapeHead.of(state.dyad(), state.asOf(), state.knownAt());
        out.put("missions", state.missions().stream().map(m -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", m.mission().id().value());
            map.put("name", m.mission().name());
            map.put("sending", m.mission().sending().code());
            map.put("host", m.mission().host().code());
            map.put("kind", Codes.of(m.mission().kind()));
            map.put("city", m.mission().city());
            map.put("status", m.status().name());
            since(map, m.knownSince(), m.since());
            map.put("visaIssuance", m.effectiveVisaIssuance().map(Codes::of).orElse(null));
            map.put("monthlyVisaCapacity", m.monthlyCapacity().isPresent() ? m.monthlyCapacity().getAsInt() : null);
            return map;
        }).toList());
        out.put("staff", state.staff().stream().map(StateShape::staff).toList());
        out.put("restrictions", state.restrictionsInForce().stream().map(StateShape::restriction).toList());
        out.put("restrictionsLifted", state.restrictions().stream().filter(r -> !r.inForce())
                .map(StateShape::restriction).toList());
        out.put("channels", state.channels().stream().map(c -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.channel().id().value());
            map.put("level", Codes.of(c.channel().level()));
            map.put("topic", c.channel().topic());
            map.put("between", c.channel().between());
            map.put("status", c.status().name());
            since(map, c.knownSince(), c.since());
            map.put("lastMet", c.lastMet().map(Object::toString).orElse(null));
            map.put("meetings", c.meetings());
            return map;
        }).toList());
        out.put("airLinks", state.airLinks().stream().map(a -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", a.airLink().id().value());
            map.put("route", a.airLink().route());
            map.put("carriers", a.airLink().carriers());
            map.put("status", a.status().name());
            since(map, a.knownSince(), a.since());
            return map;
        }).toList());
        out.put("sanctions", state.sanctions().stream().map(s -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", s.id().value());
            map.put("imposedBy", s.imposedBy().code());
            map.put("target", s.target());
            map.put("targetKind", Codes.of(s.targetKind()));
            map.put("status", s.status().name());
            map.put("imposedOn", s.imposedOn().toString());
            map.put("since", s.since().toString());
            return map;
        }).toList());
        out.put("talks", state.talks().stream().map(t -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("entry", t.entry().value());
            map.put("date", t.date().toString());
            map.put("venue", t.venue());
            map.put("delegations", t.delegations());
            map.put("agenda", t.agenda());
            map.put("outcome", t.outcome());
            map.put("tracks", t.tracks().stream().map(Object::toString).toList());
            map.put("format", t.format().map(Codes::of).orElse(null));
            map.put("durationHours", t.durationHours().isPresent() ? t.durationHours().getAsDouble() : null);
            return map;
        }).toList());
        List<Map<String, Object>> commitments = new ArrayList<>();
        for (CommitmentState c : state.commitments()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.id().value());
            map.put("party", c.party().code());
            map.put("content", c.content());
            map.put("due", c.due().map(Object::toString).orElse(null));
            map.put("status", c.status().name());
            map.put("overdue", c.overdueOn(state.asOf()));
            map.put("madeOn", c.madeOn().toString());
            commitments.add(map);
        }
        out.put("commitments", commitments);
        out.put("conditions", state.conditions().stream().map(c -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", c.condition().id().value());
            map.put("description", c.condition().description());
            map.put("holds", c.holds());
            map.put("since", c.since().map(Object::toString).orElse(null));
            return map;
        }).toList());
        out.put("statements", state.statements().stream().map(s -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("entry", s.entry().value());
            map.put("date", s.date().toString());
            map.put("side", s.side().code());
            map.put("speaker", s.speaker());
            map.put("position", s.position());
            return map;
        }).toList());
        out.put("staffFigures", state.staffFigures().stream().map(f -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("sending", f.sending().code());
            map.put("host", f.host().code());
            map.put("missions", Codes.of(f.scope().missions()));
            map.put("staff", Codes.of(f.scope().staff()));
            map.put("reportedBy", f.reportedBy());
            map.put("bound", Codes.of(f.bound()));
            map.put("diplomatic", f.level().diplomatic());
            map.put("adminTechnical", f.level().adminTechnical());
            map.put("local", f.level().local());
            map.put("total", f.level().total());
            map.put("reportedOn", f.reportedOn().toString());
            map.put("reportedIn", f.reportedIn().value());
            map.put("changesSinceReport", f.changesSinceReport());
            return map;
        }).toList());
        out.put("headsOfMission", state.headsOfMission().stream().map(h -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("mission", h.mission().value());
            map.put("standing", Codes.of(h.standing()));
            map.put("person", h.person().isEmpty() ? null : h.person());
            map.put("since", h.since().toString());
            map.put("designate", h.designate().map(d -> {
                Map<String, Object> next = new LinkedHashMap<>();
                next.put("person", d.person());
                next.put("agrementGranted", d.agrementGranted());
                next.put("since", d.since().toString());
                return next;
            }).orElse(null));
            return map;
        }).toList());
        out.put("visaAccess", state.visaAccess().stream().map(v -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("issuer", v.issuer().code());
            map.put("applicants", v.applicants().code());
            map.put("visaClass", Codes.of(v.visaClass()));
            map.put("visaCategory", v.visaCategory().isEmpty() ? null : v.visaCategory());
            map.put("designatedPost", v.designatedPost().isEmpty() ? null : v.designatedPost());
            map.put("paused", v.paused());
            map.put("since", v.since().toString());
            map.put("changedIn", v.changedIn().value());
            return map;
        }).toList());
        out.put("plannedTalks", state.plannedTalks().stream().map(p -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("entry", p.entry().value());
            map.put("announcedBy", p.announcedBy().code());
            map.put("venue", p.venue());
            map.put("format", Codes.of(p.format()));
            map.put("plannedFor", p.plannedFor().map(Object::toString).orElse(null));
            map.put("announcedOn", p.announcedOn().map(Object::toString).orElse(null));
            map.put("cancelledOn", p.cancelledOn().map(Object::toString).orElse(null));
            map.put("cancellationReason", p.cancellationReason().isEmpty() ? null : p.cancellationReason());
            return map;
        }).toList());
        // Added after the fields above, which clients already read: the latest reported wait per post and class.
        out.put("visaWaits", state.visaWaits().stream().map(w -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("issuer", w.issuer().code());
            map.put("applicants", w.applicants().code());
            map.put("post", w.post());
            map.put("visaClass", Codes.of(w.visaClass()));
            map.put("visaCategory", w.visaCategory().isEmpty() ? null : w.visaCategory());
            map.put("waitDays", w.waitDays().isPresent() ? w.waitDays().getAsInt() : null);
            map.put("noAppointments", w.noAppointments());
            map.put("bound", Codes.of(w.bound()));
            map.put("reportedBy", w.reportedBy());
            map.put("reportedOn", w.reportedOn().toString());
            map.put("reportedIn", w.reportedIn().value());
            return map;
        }).toList());
        out.put("entriesApplied", state.entriesApplied());
        return out;
    }

    private static Map<String, Object> restriction(RestrictionState r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", r.id().value());
        map.put("kind", Codes.of(r.kind()));
        map.put("imposedBy", r.imposedBy().code());
        map.put("appliesTo", r.appliesTo().code());
        map.put("since", r.since().toString());
        map.put("description", r.description());
        r.liftedOn().ifPresent(lifted -> map.put("liftedOn", lifted.toString()));
        return map;
    }

    private static Map<String, Object> staff(StaffState s) {
        Map<String, Object> map = new LinkedHashMap<>();
        Headcount level = s.level().orElse(null);
        map.put("sending", s.sending().code());
        map.put("host", s.host().code());
        map.put("diplomatic", level == null ? null : level.diplomatic());
        map.put("adminTechnical", level == null ? null : level.adminTechnical());
        map.put("local", level == null ? null : level.local());
        map.put("total", level == null ? null : level.total());
        map.put("reportedOn", s.reportedOn().map(Object::toString).orElse(null));
        map.put("changesSinceReport", s.changesSinceReport());
        map.put("cap", s.cap().isPresent() ? s.cap().getAsInt() : null);
        map.put("capViolated", s.capViolated());
        return map;
    }
}
