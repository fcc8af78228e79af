package org.detente.app.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;

/** Briefings of the bundled US–Russia dataset for tests, each assembled once per JVM (a small forecast keeps them quick). */
final class Briefings {
    static final BriefingAssembler.Settings QUICK = new BriefingAssembler.Settings(200, 12, 1, 90);
    private static final Map<String, Briefing> CACHE = new HashMap<>();
    private static UseCases useCases;

    private Briefings() {
    }

    /** An assembler of the bundled workspace's briefings with the quick settings. */
    static synchronized BriefingAssembler assembler() {
        if (useCases == null) {
            useCases = new UseCases(new BundledWorkspace());
        }
        return new BriefingAssembler(useCases.briefing(), QUICK);
    }

    /** The basis of the bundled US–Russia dyad: its documents and its ledger, as everything recorded knows it. */
    static synchronized DyadBasis basis() {
        assembler();
        return useCases.bases().current("us-ru");
    }

    /** The question of a US–Russia briefing as of {@code asOf}, as everything recorded knows it. */
    static Question on(String asOf) {
        return new Question("us-ru", LocalDate.parse(asOf), Optional.empty());
    }

    /** The use cases over every bundled dyad (the reference cases of the forecast and the comparison). */
    static synchronized UseCases useCases() {
        assembler();
        return useCases;
    }

    static synchronized Briefing of(String asOf, String since) {
        return CACHE.computeIfAbsent(asOf + "/" + since, k -> assembler().assemble(on(asOf), LocalDate.parse(since)));
    }

    /** Mid-2018, after the expulsions of March, reviewing the 90 days before. */
    static Briefing mid2018() {
        return of("2018-06-30", "2018-04-01");
    }
}
