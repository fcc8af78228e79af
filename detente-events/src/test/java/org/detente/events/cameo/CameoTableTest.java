package org.detente.events.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.ConflictWeight;
import org.detente.analysis.GoldsteinWeights;
import org.detente.events.RealEventData;
import org.junit.jupiter.api.Test;

class CameoTableTest {
    private final CameoTable table = CameoTable.standard();

    @Test
    void the_table_holds_every_cameo_code_with_its_weight() {
        assertThat(table.all()).hasSize(311);
        assertThat(table.find("174").orElseThrow().weight()).isEqualTo(-5.0);
        assertThat(table.find("163").orElseThrow().description()).isEqualTo("Impose embargo, boycott, or sanctions");
        assertThat(table.find("1663").orElseThrow().description()).isEqualTo("Expel or withdraw aid agencies");
        assertThat(table.find("999")).isEmpty();
    }

    @Test
    void quad_classes_follow_the_root_ranges_gdelt_uses() {
        assertThat(table.find("057").orElseThrow().quadClass()).isEqualTo(1);
        assertThat(table.find("061").orElseThrow().quadClass()).isEqualTo(2);
        assertThat(table.find("112").orElseThrow().quadClass()).isEqualTo(3);
        assertThat(table.find("174").orElseThrow().quadClass()).isEqualTo(4);
    }

    @Test
    void every_weight_the_analysis_gives_a_measure_type_is_the_weight_of_its_cameo_code_here() {
        for (ConflictWeight row : GoldsteinWeights.all()) {
            row.cameoCode().ifPresent(code -> assertThat(table.find(code).orElseThrow().weight())
                    .as("%s via CAMEO %s", row.type(), code).isEqualTo(row.weight()));
        }
    }

    @Test
    void every_weight_equals_gdelts_published_lookup() throws Exception {
        Path lookup = RealEventData.file("cameo/CAMEO.goldsteinscale.txt");
        List<String> lines = Files.readAllLines(lookup);
        assertThat(lines).hasSize(312);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t");
            assertThat(table.find(fields[0]).orElseThrow().weight()).as(fields[0])
                    .isEqualTo(Double.parseDouble(fields[1]));
        }
    }
}
