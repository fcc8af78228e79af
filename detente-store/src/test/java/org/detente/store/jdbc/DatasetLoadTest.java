package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.detente.ledger.LedgerStore.ImportResult;
import org.detente.model.Dyad;
import org.detente.store.database.DetenteDatabase;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.DatasetProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db load}: a dataset folder validated and loaded once, again without effect, or not at all. */
class DatasetLoadTest {
    private static final Dyad US_RU = Dyad.parse("us-ru");

    @TempDir
    Path temp;

    private DetenteDatabase empty(String name) {
        return DetenteDatabase.open(DatabaseConfig.h2InMemory(name).withoutSeed());
    }

    private Path copyOfBundled() throws IOException {
        Path source = BundledDatasets.folder("us-ru").orElseThrow();
        Path target = temp.resolve("us-ru");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    @Test
    void a_folder_loaded_twice_adds_nothing_the_second_time() throws IOException {
        Path folder = copyOfBundled();
        try (DetenteDatabase db = empty("load-twice")) {
            ImportResult first = db.loadDataset(folder, "tester");
            long last = db.ledger().lastSequence(US_RU);
            var documents = db.documents().all(US_RU);

            ImportResult second = db.loadDataset(folder, "tester");

            assertThat(first.added()).isPositive();
            assertThat(second.added()).isZero();
            assertThat(second.alreadyPresent()).isEqualTo(first.added());
            assertThat(db.ledger().lastSequence(US_RU)).isEqualTo(last);
            assertThat(db.documents().all(US_RU)).isEqualTo(documents).containsKey("roadmap.yaml");
        }
    }

    @Test
    void a_folder_with_a_bad_roadmap_loads_nothing_and_says_where() throws IOException {
        Path folder = copyOfBundled();
        Path roadmap = folder.resolve("roadmap.yaml");
        Files.writeString(roadmap, Files.readString(roadmap).replaceFirst("kind: staff-restored", "kind: staff-doubled"));
        try (DetenteDatabase db = empty("load-bad")) {
            assertThatThrownBy(() -> db.loadDataset(folder, "tester")).isInstanceOfSatisfying(DatasetProblems.class,
                    e -> assertThat(e.problems()).singleElement().asString()
                            .matches("roadmap\\.yaml:\\d+: goals\\[1\\]\\.kind: .*staff-doubled.*"));
            assertThat(db.ledger().dyads()).isEmpty();
        }
    }

    @Test
    void every_folder_of_the_bundled_datasets_is_bundled() {
        assertThat(BundledDatasets.DYADS).first().isEqualTo("us-ru");
        assertThat(BundledDatasets.DYADS).allSatisfy(id -> assertThat(BundledDatasets.folder(id)).isPresent());
    }
}
