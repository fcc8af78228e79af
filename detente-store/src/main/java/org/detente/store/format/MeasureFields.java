package org.detente.store.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.detente.ledger.CredentialsPresented;
import org.detente.ledger.HeadOfMissionDeparted;
import org.detente.ledger.HeadOfMissionMeasure;
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
import org.detente.model.Codes;
import org.detente.model.FigureBound;
import org.detente.model.HistoricalDate;
import org.detente.model.TrackId;

/**
 * The fields of each kind of measure, named as in the dataset format: the encoding half of
 * {@link EntryCodec}, one method per measure so a new measure type cannot be written without them.
 */
final class MeasureFields implements MeasureVisitor<Map<String, Object>> {

    private static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    private static Map<String, Object> one(String key, Object value) {
        Map<String, Object> out = fields();
        out.put(key, value);
        return out;
    }

    private static Map<String, Object> staff(StaffMeasure s) {
        Map<String, Object> out = fields();
        out.put("count", s.count());
        out.put("category", Codes.of(s.category()));
        s.mission().ifPresent(m -> out.put("mission", m.value()));
        return out;
    }

    private static Map<String, Object> mission(MissionMeasure m) {
        return one("mission", m.mission().value());
    }

    private static Map<String, Object> head(HeadOfMissionMeasure h) {
        Map<String, Object> out = one("mission", h.mission().value());
        out.put("person", h.person());
        return out;
    }

    private static List<String> tracks(List<TrackId> tracks) {
        return tracks.stream().map(TrackId::value).toList();
    }

    private static void putIfKnown(Map<String, Object> out, String key, Integer value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static void putIfText(Map<String, Object> out, String key, String value) {
        if (!value.isEmpty()) {
            out.put(key, value);
        }
    }

    @Override
    public Map<String, Object> staffExpelled(StaffExpelled m) {
        return staff(m);
    }

    @Override
    public Map<String, Object> staffDeparted(StaffDeparted m) {
        return staff(m);
    }

    @Override
    public Map<String, Object> staffAccredited(StaffAccredited m) {
        return staff(m);
    }

    @Override
    public Map<String, Object> visaDenied(VisaDenied m) {
        return staff(m);
    }

    @Override
    public Map<String, Object> visaGranted(VisaGranted m) {
        return staff(m);
    }

    @Override
    public Map<String, Object> visaExtended(VisaExtended m) {
        return staff(m);
    }

    @Override
    public Map<String, Object> staffCapSet(StaffCapSet c) {
        return one("cap", c.cap());
    }

    @Override
    public Map<String, Object> staffLevelReported(StaffLevelReported r) {
        Map<String, Object> out = fields();
        putIfKnown(out, "diplomatic", r.level().diplomatic());
        putIfKnown(out, "adminTechnical", r.level().adminTechnical());
        putIfKnown(out, "local", r.level().local());
        putIfKnown(out, "total", r.level().total());
        r.scope().ifPresent(scope -> {
            Map<String, Object> counted = fields();
            counted.put("missions", Codes.of(scope.missions()));
            counted.put("staff", Codes.of(scope.staff()));
            out.put("scope", counted);
        });
        putIfText(out, "reportedBy", r.reportedBy());
        if (r.bound() != FigureBound.EXACT) {
            out.put("bound", Codes.of(r.bound()));
        }
        return out;
    }

    @Override
    public Map<String, Object> missionOpened(MissionOpened m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> missionLimited(MissionLimited m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> missionSuspended(MissionSuspended m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> missionClosed(MissionClosed m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> missionSeized(MissionSeized m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> missionReturned(MissionReturned m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> missionReopened(MissionReopened m) {
        return mission(m);
    }

    @Override
    public Map<String, Object> restrictionImposed(RestrictionImposed r) {
        Map<String, Object> out = one("restriction", r.restriction().value());
        out.put("kind", Codes.of(r.kind()));
        out.put("description", r.description());
        return out;
    }

    @Override
    public Map<String, Object> restrictionLifted(RestrictionLifted r) {
        return one("restriction", r.restriction().value());
    }

    @Override
    public Map<String, Object> channelSuspended(ChannelSuspended c) {
        return one("channel", c.channel().value());
    }

    @Override
    public Map<String, Object> channelRestored(ChannelRestored c) {
        return one("channel", c.channel().value());
    }

    @Override
    public Map<String, Object> channelMet(ChannelMet c) {
        Map<String, Object> out = one("channel", c.channel().value());
        putIfText(out, "venue", c.venue());
        putIfText(out, "outcome", c.outcome());
        out.put("tracks", tracks(c.tracks()));
        return out;
    }

    @Override
    public Map<String, Object> visaServiceChanged(VisaServiceChanged v) {
        Map<String, Object> out = one("mission", v.mission().value());
        out.put("level", Codes.of(v.level()));
        v.monthlyCapacity().ifPresent(c -> out.put("monthlyCapacity", c));
        return out;
    }

    @Override
    public Map<String, Object> airLinkSuspended(AirLinkSuspended a) {
        return one("airLink", a.airLink().value());
    }

    @Override
    public Map<String, Object> airLinkResumed(AirLinkResumed a) {
        return one("airLink", a.airLink().value());
    }

    @Override
    public Map<String, Object> sanctionImposed(SanctionImposed s) {
        Map<String, Object> out = one("sanction", s.sanction().value());
        out.put("sanctionTarget", s.target());
        out.put("targetKind", Codes.of(s.targetKind()));
        out.put("description", s.description());
        return out;
    }

    @Override
    public Map<String, Object> sanctionEased(SanctionEased s) {
        return one("sanction", s.sanction().value());
    }

    @Override
    public Map<String, Object> sanctionLifted(SanctionLifted s) {
        return one("sanction", s.sanction().value());
    }

    @Override
    public Map<String, Object> talksHeld(TalksHeld t) {
        Map<String, Object> out = one("venue", t.venue());
        out.put("delegations", t.delegations());
        out.put("agenda", t.agenda());
        putIfText(out, "outcome", t.outcome());
        out.put("tracks", tracks(t.tracks()));
        t.format().ifPresent(f -> out.put("format", Codes.of(f)));
        if (t.durationHours().isPresent()) {
            double hours = t.durationHours().getAsDouble();
            out.put("durationHours", hours == Math.rint(hours) ? (Object) (long) hours : (Object) hours);
        }
        return out;
    }

    @Override
    public Map<String, Object> talksAnnounced(TalksAnnounced t) {
        Map<String, Object> out = one("venue", t.venue());
        t.plannedFor().map(HistoricalDate::toString).ifPresent(d -> out.put("plannedFor", d));
        out.put("format", Codes.of(t.format()));
        out.put("tracks", tracks(t.tracks()));
        return out;
    }

    @Override
    public Map<String, Object> talksCancelled(TalksCancelled t) {
        Map<String, Object> out = one("venue", t.venue());
        t.plannedFor().map(HistoricalDate::toString).ifPresent(d -> out.put("plannedFor", d));
        out.put("format", Codes.of(t.format()));
        putIfText(out, "reason", t.reason());
        out.put("tracks", tracks(t.tracks()));
        return out;
    }

    @Override
    public Map<String, Object> commitmentMade(CommitmentMade c) {
        Map<String, Object> out = one("commitment", c.commitment().value());
        out.put("content", c.content());
        c.due().ifPresent(d -> out.put("due", d.toString()));
        c.track().ifPresent(t -> out.put("track", t.value()));
        return out;
    }

    @Override
    public Map<String, Object> commitmentFulfilled(CommitmentFulfilled c) {
        return one("commitment", c.commitment().value());
    }

    @Override
    public Map<String, Object> commitmentBroken(CommitmentBroken c) {
        return one("commitment", c.commitment().value());
    }

    @Override
    public Map<String, Object> statementOfPosition(StatementOfPosition s) {
        Map<String, Object> out = one("speaker", s.speaker());
        out.put("position", s.position());
        s.track().ifPresent(t -> out.put("track", t.value()));
        return out;
    }

    @Override
    public Map<String, Object> conditionChanged(ConditionChanged c) {
        Map<String, Object> out = one("condition", c.condition().value());
        out.put("holds", c.holds());
        return out;
    }

    @Override
    public Map<String, Object> retraction(Retraction r) {
        Map<String, Object> out = one("retracts", r.retracts().value());
        out.put("reason", r.reason());
        return out;
    }

    @Override
    public Map<String, Object> agrementRequested(AgrementRequested h) {
        return head(h);
    }

    @Override
    public Map<String, Object> agrementGranted(AgrementGranted h) {
        return head(h);
    }

    @Override
    public Map<String, Object> credentialsPresented(CredentialsPresented h) {
        return head(h);
    }

    @Override
    public Map<String, Object> headOfMissionDeparted(HeadOfMissionDeparted h) {
        return head(h);
    }

    @Override
    public Map<String, Object> chargeDAffairesNamed(ChargeDAffairesNamed h) {
        return head(h);
    }

    @Override
    public Map<String, Object> visaRoutingChanged(VisaRoutingChanged v) {
        Map<String, Object> out = one("visaClass", Codes.of(v.visaClass()));
        out.put("post", v.post());
        putIfText(out, "description", v.description());
        return out;
    }

    @Override
    public Map<String, Object> visaClassPaused(VisaClassPaused v) {
        return visaClass(v.visaClass(), v.visaCategory(), v.description());
    }

    @Override
    public Map<String, Object> visaClassResumed(VisaClassResumed v) {
        return visaClass(v.visaClass(), v.visaCategory(), v.description());
    }

    @Override
    public Map<String, Object> visaWaitReported(VisaWaitReported w) {
        Map<String, Object> out = one("post", w.post());
        out.put("visaClass", Codes.of(w.visaClass()));
        putIfText(out, "visaCategory", w.visaCategory());
        if (w.noAppointments()) {
            out.put("noAppointments", true);
        } else {
            out.put("waitDays", w.waitDays().getAsInt());
        }
        if (w.bound() != FigureBound.EXACT) {
            out.put("bound", Codes.of(w.bound()));
        }
        out.put("reportedBy", w.reportedBy());
        putIfText(out, "description", w.description());
        return out;
    }

    private static Map<String, Object> visaClass(org.detente.model.VisaClass visaClass, String category,
                                                 String description) {
        Map<String, Object> out = one("visaClass", Codes.of(visaClass));
        putIfText(out, "visaCategory", category);
        putIfText(out, "description", description);
        return out;
    }
}
