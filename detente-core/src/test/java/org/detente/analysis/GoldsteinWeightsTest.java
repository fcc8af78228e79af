package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Stance;
import org.junit.jupiter.api.Test;

class GoldsteinWeightsTest {

    @Test
    void every_measure_type_has_exactly_one_row() {
        assertThat(GoldsteinWeights.all()).extracting(ConflictWeight::type).containsExactly(MeasureType.values());
    }

    @Test
    void the_sign_of_each_weight_agrees_with_the_stance_of_its_type() {
        for (ConflictWeight w : GoldsteinWeights.all()) {
            Stance stance = w.type().stance();
            if (stance == Stance.PUNITIVE) {
                assertThat(w.weight()).as("%s", w.type()).isNegative();
            } else if (stance == Stance.CONCILIATORY) {
                assertThat(w.weight()).as("%s", w.type()).isPositive();
            } else {
                assertThat(w.weight()).as("%s", w.type()).isZero();
            }
        }
    }

    /**
     * The weights are GDELT's published Goldstein values for their CAMEO codes. The lookup lives
     * outside the project (see the shared data's provenance); the test is skipped where it is absent.
     */
    @Test
    void every_weight_equals_the_published_goldstein_value_of_its_cameo_code() throws IOException {
        Optional<Path> lookup = findShared("data/events/cameo/CAMEO.goldsteinscale.txt");
        assumeTrue(lookup.isPresent(), "the CAMEO Goldstein lookup is not available here");
        Map<String, Double> published = new HashMap<>();
        for (String line : Files.readAllLines(lookup.get(), StandardCharsets.UTF_8)) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length == 2 && cells[0].matches("\\d+")) {
                published.put(cells[0], Double.parseDouble(cells[1]));
            }
        }
        for (ConflictWeight w : GoldsteinWeights.all()) {
            if (w.match() != CameoMatch.NONE) {
                assertThat(published).as("CAMEO code of %s", w.type()).containsKey(w.cameoCode().orElseThrow());
                assertThat(w.weight()).as("weight of %s", w.type()).isEqualTo(published.get(w.cameoCode().get()));
            }
        }
    }

    private static Optional<Path> findShared(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
