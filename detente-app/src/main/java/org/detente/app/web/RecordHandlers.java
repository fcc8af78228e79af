package org.detente.app.web;

import static org.detente.app.web.PageRequests.editor;
import static org.detente.app.web.PageRequests.form;
import static org.detente.app.web.PageRequests.param;
import static org.detente.app.web.PageRequests.render;
import static org.detente.app.web.PageRequests.url;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.app.service.AlreadyRetractedException;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.LedgerService;
import org.detente.app.service.UnknownEntryException;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.Entry;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Problem;
import org.detente.store.access.Principal;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.Tree;

/** The forms of an editor: record a development, retract an entry. */
final class RecordHandlers {
    private final PageSupport support;
    private final LedgerService ledger;

    RecordHandlers(PageSupport support, LedgerService ledger) {
        this.support = support;
        this.ledger = ledger;
    }

    void record(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        renderRecord(ctx, dyad, param(ctx, "type"), Map.of(), Map.of(), Map.of(), Map.of());
    }

    void recordFields(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/record", "Record a development", asOf);
        DyadLedger ledger = support.views().workspace().dyad(dyad);
        render(ctx, "record-fields.jte", RecordPresenter.present(frame, ledger.definition(), List.of(), param(ctx, "type"),
                Map.of(), Map.of(), Map.of(), Map.of(), true, ""));
    }

    void append(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        Principal by = editor(support, ctx);
        DyadLedger ledger = support.views().workspace().dyad(dyad);
        Map<String, String> form = form(ctx);
        String typeCode = form.getOrDefault("type", "");
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<MeasureType> type = RecordPresenter.type(typeCode);
        if (type.isEmpty()) {
            errors.put("type", "'" + typeCode + "' is not a type of entry");
        } else {
            List<FormatProblem> problems = new ArrayList<>();
            Tree document = RecordPresenter.document(type.get(), form, ledger.definition());
            Optional<Entry> entry = EntryCodec.decode(document, ledger.definition().dyad(), EntryCodec.Mode.REQUEST,
                    by.name(), "", "", problems);
            problems.forEach(p -> errors.putIfAbsent(p.field().isEmpty() ? "type" : p.field(), p.message()));
            if (entry.isPresent() && errors.isEmpty()) {
                try {
                    Entry stored = this.ledger.append(dyad, entry.get(), OptionalLong.empty(), by);
                    ctx.redirect("/dyads/" + dyad + "/ledger?recorded=" + url(stored.id().value()) + "#"
                            + stored.id().value(), HttpStatus.SEE_OTHER);
                    return;
                } catch (InvalidEntriesException e) {
                    for (Problem problem : e.problems()) {
                        errors.putIfAbsent(problem.field().isEmpty() ? "type" : problem.field(), problem.message());
                    }
                } catch (ConcurrencyConflictException e) {
                    errors.put("type", "the ledger changed while recording; send the form again");
                }
            }
        }
        ctx.status(422);
        renderRecord(ctx, dyad, typeCode, form, errors, Map.of(), Map.of());
    }

    void retract(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        Principal by = editor(support, ctx);
        Map<String, String> form = form(ctx);
        String id = form.getOrDefault("retracts", "").trim();
        String reason = form.getOrDefault("reason", "").trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (id.isEmpty()) {
            errors.put("retracts", "is required: the id of the entry to retract");
        }
        if (reason.isEmpty()) {
            errors.put("reason", "is required: say why the entry is wrong");
        }
        if (errors.isEmpty()) {
            try {
                Entry stored = ledger.retract(dyad, id, reason, Optional.empty(), OptionalLong.empty(), by);
                ctx.redirect("/dyads/" + dyad + "/ledger?recorded=" + url(stored.id().value()) + "#" + url(id),
                        HttpStatus.SEE_OTHER);
                return;
            } catch (UnknownEntryException e) {
                errors.put("retracts", "no entry '" + id + "' in this ledger");
            } catch (AlreadyRetractedException e) {
                errors.put("retracts", e.getMessage());
            } catch (InvalidEntriesException e) {
                e.problems().forEach(p -> errors.putIfAbsent("retracts", p.message()));
            } catch (ConcurrencyConflictException e) {
                errors.put("retracts", "the ledger changed while retracting; send the form again");
            }
        }
        ctx.status(422);
        renderRecord(ctx, dyad, "", Map.of(), Map.of(), form, errors);
    }

    private void renderRecord(Context ctx, String dyad, String type, Map<String, String> values,
                              Map<String, String> errors, Map<String, String> retractValues,
                              Map<String, String> retractErrors) {
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/record", "Record a development", asOf);
        DyadLedger ledger = support.views().workspace().dyad(dyad);
        Optional<Principal> who = support.principal(ctx);
        boolean allowed = who.map(p -> p.role().mayWrite()).orElse(false);
        String reason = who.isEmpty() ? "Recording needs a sign-in with the role editor or admin."
                : who.get().name() + " has the role " + who.get().role().code() + "; recording needs editor or admin.";
        render(ctx, "record.jte", RecordPresenter.present(frame, ledger.definition(), ledger.entries(), type, values,
                errors, retractValues, retractErrors, allowed, allowed ? "" : reason));
    }
}
