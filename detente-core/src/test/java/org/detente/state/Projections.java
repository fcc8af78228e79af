package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.detente.fixtures.MissionFixtures;
import org.detente.ledger.Entry;

/** Test helpers: project with both the indexed projector and the reference fold, and check they agree. */
final class Projections {
    private Projections() {
    }

    /** The state as of {@code asOf} ({@code YYYY-MM-DD}) from everything recorded. */
    static RelationsState stateAsOf(String asOf, Entry... entries) {
        return stateAsOf(LocalDate.parse(asOf), Arrays.asList(entries));
    }

    static RelationsState stateAsOf(LocalDate asOf, Collection<Entry> entries) {
        RelationsState indexed = Projector.of(MissionFixtures.DEFINITION, entries).stateAsOf(asOf);
        RelationsState reference = Projector.project(MissionFixtures.DEFINITION, entries, asOf, Optional.empty());
        assertThat(indexed).as("indexed projector agrees with the reference fold").isEqualTo(reference);
        return indexed;
    }

    static RelationsState stateAsOf(String asOf, Instant knownAt, Entry... entries) {
        List<Entry> list = Arrays.asList(entries);
        LocalDate date = LocalDate.parse(asOf);
        RelationsState indexed = Projector.of(MissionFixtures.DEFINITION, list).stateAsOf(date, Optional.of(knownAt));
        RelationsState reference = Projector.project(MissionFixtures.DEFINITION, list, date, Optional.of(knownAt));
        assertThat(indexed).as("indexed projector agrees with the reference fold").isEqualTo(reference);
        return indexed;
    }

    static List<org.detente.model.MissionId> definitionMissionIds() {
        return MissionFixtures.DEFINITION.missions().stream().map(org.detente.model.Mission::id).toList();
    }

    /** The same state with {@code knownAt} cleared, to compare states asked at different moments. */
    static RelationsState withoutKnownAt(RelationsState s) {
        return new RelationsState(s.dyad(), s.asOf(), Optional.empty(), s.missions(), s.staff(), s.restrictions(),
                s.channels(), s.airLinks(), s.sanctions(), s.talks(), s.commitments(), s.conditions(),
                s.statements(), s.entriesApplied(), s.staffFigures(), s.headsOfMission(), s.visaAccess(),
                s.plannedTalks(), s.visaWaits());
    }
}
