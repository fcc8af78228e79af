package org.detente.app.usecase;

import java.util.Objects;
import org.detente.app.service.Workspace;

/**
 * The use cases over one workspace, sharing one {@link DyadBases} (so each ledger version is
 * decoded once for all of them). The composition root builds one and hands it to every face.
 */
public final class UseCases {
    private final DyadBases bases;
    private final RoadmapQuery roadmap;
    private final GapsQuery gaps;
    private final ReciprocityQuery reciprocity;
    private final ForecastQuery forecast;
    private final PaceQuery pace;
    private final ScenarioQuery scenario;
    private final BriefingQuery briefing;
    private final ReferenceCases references;

    public UseCases(Workspace workspace) {
        this.bases = new DyadBases(Objects.requireNonNull(workspace, "workspace is required"));
        this.roadmap = new RoadmapQuery(bases);
        this.gaps = new GapsQuery(bases);
        this.reciprocity = new ReciprocityQuery(bases);
        this.forecast = new ForecastQuery(bases);
        this.pace = new PaceQuery(bases, forecast);
        this.scenario = new ScenarioQuery(bases);
        this.references = new ReferenceCases(bases);
        this.briefing = new BriefingQuery(bases, roadmap, gaps, reciprocity, forecast, references);
    }

    /** The documents and the view of a question's dyad, for presenters that show them directly. */
    public DyadBases bases() {
        return bases;
    }

    public RoadmapQuery roadmap() {
        return roadmap;
    }

    public GapsQuery gaps() {
        return gaps;
    }

    public ReciprocityQuery reciprocity() {
        return reciprocity;
    }

    public ForecastQuery forecast() {
        return forecast;
    }

    public PaceQuery pace() {
        return pace;
    }

    public ScenarioQuery scenario() {
        return scenario;
    }

    public BriefingQuery briefing() {
        return briefing;
    }

    /** The reference cases of the forecasts, for the comparison page and the back-test. */
    public ReferenceCases references() {
        return references;
    }
}
