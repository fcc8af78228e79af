package org.detente.app.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.detente.analysis.GoldsteinEscalationIndex;
import org.detente.analysis.GreedyReciprocityPairing;
import org.detente.analysis.ReciprocityRules;
import org.detente.ledger.Entry;

/** Reciprocity of the measures that occurred by the question's date, and the escalation index over them. */
public final class ReciprocityQuery {
    private final DyadBases bases;

    public ReciprocityQuery(DyadBases bases) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
    }

    /**
     * Responses inferred within {@code windowDays}; remembered per ledger version and question,
     * since the pairing is the dearest answer and pages ask it again and again.
     *
     * @throws IllegalArgumentException when {@code windowDays} is negative
     */
    public Reciprocity answer(Question question, int windowDays) {
        ReciprocityRules rules = new ReciprocityRules(windowDays);
        DyadBasis basis = bases.basis(question);
        LocalDate asOf = question.asOf();
        return basis.remembered(new Asked(asOf, windowDays), () -> {
            List<Entry> entries = basis.view().knownEntriesBy(asOf);
            return new Reciprocity(basis, asOf, windowDays, new GreedyReciprocityPairing(entries, rules).pair(),
                    new GoldsteinEscalationIndex(entries).monthly());
        });
    }

    private record Asked(LocalDate asOf, int windowDays) {
    }
}
