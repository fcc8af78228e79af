package org.detente.forecast;

import static org.detente.fixtures.LedgerFixtures.airLinkResumed;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.statement;
import static org.detente.fixtures.LedgerFixtures.talks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.fixtures.MissionFixtures;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.model.AirLink;
import org.detente.model.AirLinkId;
import org.detente.model.AirLinkStatus;
import org.detente.model.CountryName;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.HistoricalDate;
import org.detente.model.Track;
import org.detente.model.TrackId;
import org.detente.roadmap.AirLinkOperating;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;
import org.detente.roadmap.Roadmap;

/**
 * Small made-up reference cases: a dyad whose one direct air route is suspended, a round of talks
 * that is its trigger, the route resumed on a given day (or never), and a last entry that ends
 * observation. The one goal, of kind {@code direct-flights-resumed}, is met when the route flies.
 */
final class ReferenceCaseFixtures {
    static final TrackId TRACK = TrackId.of("relations");
    static final AirLinkId ROUTE = AirLinkId.of("direct-flights");
    static final GoalId FLIGHTS = GoalId.of("flights-resumed");

    private ReferenceCaseFixtures() {
    }

    /** A case of {@code dyad} (e.g. {@code "fr-de"}) triggered on {@code trigger}, flights back on {@code resumed} (null: never), observed until {@code last}. */
    static ForecastCase flights(String dyad, String trigger, String resumed, String last) {
        return flights(dyad, trigger, resumed, null, last);
    }

    /** As {@link #flights(String, String, String, String)}, the resumption recorded at {@code resumedRecordedAt}. */
    static ForecastCase flights(String dyad, String trigger, String resumed, Instant resumedRecordedAt, String last) {
        Dyad d = Dyad.parse(dyad);
        DyadDefinition definition = new DyadDefinition(d,
                List.of(new CountryName(d.first(), "First"), new CountryName(d.second(), "Second")),
                List.of(new Track(TRACK, "Relations", MissionFixtures.SOURCES)), List.of(), List.of(),
                List.of(new AirLink(ROUTE, "capital to capital", List.of("a carrier"), HistoricalDate.parse("2000"),
                        AirLinkStatus.SUSPENDED, MissionFixtures.SOURCES)),
                List.of());
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(dyad + "-talks").dyad(d).by(d.first()).on(trigger).does(talks("a capital", TRACK)));
        if (resumed != null) {
            var builder = entry(dyad + "-flights").dyad(d).by(d.first()).on(resumed);
            if (resumedRecordedAt != null) {
                builder = builder.recordedAt(resumedRecordedAt);
            }
            entries.add(builder.does(airLinkResumed(ROUTE)));
        }
        entries.add(entry(dyad + "-last").dyad(d).by(d.second()).on(last).does(statement("a minister", "still talking")));
        Goal goal = new Goal(FLIGHTS, TRACK, "Direct flights resumed", "", new AirLinkOperating(ROUTE), List.of(),
                Optional.empty(), MissionFixtures.SOURCES, Optional.of(GoalKind.DIRECT_FLIGHTS_RESUMED));
        Roadmap roadmap = Roadmap.of(List.of(goal)).withTrigger(Optional.of(EntryId.of(dyad + "-talks")));
        return new ForecastCase(definition, roadmap, entries);
    }
}
