package org.detente.app.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.ReferenceForecasts;

/** Briefings of the bundled US–Russia dataset for tests, each assembled once per JVM (a small forecast keeps them quick). */
final class Briefings {
    static final BriefingAssembler.Settings QUICK = new BriefingAssembler.Settings(200, 12, 1, 90);
    private static final Map<String, Briefing> CACHE = new HashMap<>();
    private static final BundledWorkspace WORKSPACE = new BundledWorkspace();
    private static DyadAnalyses analyses;

    private Briefings() {
    }

    static synchronized DyadAnalyses analyses() {
        if (analyses == null) {
            analyses = DyadAnalyses.of(WORKSPACE.dyad("us-ru"));
        }
        return analyses;
    }

    /** The reference cases: every bundled dyad. */
    static ReferenceForecasts references() {
        return new ReferenceForecasts(WORKSPACE);
    }

    static synchronized Briefing of(String asOf, String since) {
        return CACHE.computeIfAbsent(asOf + "/" + since, k -> new BriefingAssembler(analyses(), references(), QUICK)
                .assemble(LocalDate.parse(asOf), LocalDate.parse(since)));
    }

    /** Mid-2018, after the expulsions of March, reviewing the 90 days before. */
    static Briefing mid2018() {
        return of("2018-06-30", "2018-04-01");
    }
}
