package org.detente.events.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.detente.events.Fixtures;
import org.detente.events.RealEventData;
import org.detente.events.cameo.CameoTable;
import org.detente.events.cameo.CountryCodes;
import org.detente.model.Country;
import org.detente.testkit.gdelt.PlantedPair;
import org.detente.testkit.gdelt.SyntheticGdelt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GdeltAggregateFields} accepts the rows {@link EventLineParser} accepts and reads the same values. */
class GdeltAggregateFieldsTest {
    private final EventLineParser parser = new EventLineParser(CameoTable.standard());
    private final GdeltAggregateFields fields = new GdeltAggregateFields(CameoTable.standard());

    /** Checks one line, as a string and as UTF-8 bytes, against the parser; true when the parser accepts it. */
    private boolean agreesWithTheParser(String line) {
        int columns = EventLineParser.fields(line).length;
        EventFileLayout layout = columns == 61 ? EventFileLayout.GDELT2
                : columns == 57 || columns == 58 ? EventFileLayout.GDELT1 : null;
        EventRecord expected = null;
        if (layout != null) {
            try {
                expected = parser.parseGdelt(line, layout);
            } catch (MalformedRowException e) {
                // expected stays null: the row is rejected
            }
        }
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[utf8.length + 7];
        System.arraycopy(utf8, 0, padded, 0, utf8.length);
        for (int form = 0; form < 2; form++) {
            boolean accepted = form == 0 ? fields.read(line) : fields.read(padded, utf8.length);
            assertThat(accepted).as("accepted (%s): %s", form == 0 ? "string" : "bytes", line).isEqualTo(expected != null);
            if (expected != null) {
                assertThat(fields.monthIndex()).as("month of %s", line).isEqualTo(expected.monthIndex());
                assertThat(fields.goldsteinTenths()).as("tenths of %s", line).isEqualTo(expected.goldsteinTenths());
                assertThat(fields.actor1State() < 0 ? null : GdeltAggregateFields.state(fields.actor1State()))
                        .as("actor1 of %s", line).isEqualTo(expected.actor1().orElse(null));
                assertThat(fields.actor2State() < 0 ? null : GdeltAggregateFields.state(fields.actor2State()))
                        .as("actor2 of %s", line).isEqualTo(expected.actor2().orElse(null));
                assertThat(fields.isInterstate()).as("interstate %s", line).isEqualTo(expected.isInterstate());
            }
        }
        return expected != null;
    }

    private long agreeOnEveryLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(this::agreesWithTheParser).count();
    }

    @Test
    void every_line_of_the_fixture_files_is_accepted_or_rejected_as_the_parser_does_with_the_same_values()
            throws IOException {
        assertThat(agreeOnEveryLine(Fixtures.file("gdelt1-mixed.tsv"))).isEqualTo(7);
        assertThat(agreeOnEveryLine(Fixtures.file("gdelt2.export.CSV"))).isPositive();
        assertThat(agreeOnEveryLine(Fixtures.file("icews.tab"))).isZero();
        assertThat(agreeOnEveryLine(Fixtures.file("wrong-layout.csv"))).isZero();
    }

    @Test
    void every_line_of_the_shared_gdelt_2_file_agrees_with_the_parser() throws IOException {
        assertThat(agreeOnEveryLine(RealEventData.file("gdelt/20191024143000.export.CSV"))).isEqualTo(2111);
    }

    @Test
    void every_line_of_the_shared_gdelt_1_sample_agrees_with_the_parser() throws IOException {
        assertThat(agreeOnEveryLine(RealEventData.file("gdelt/gdelt1-events-sample.tsv"))).isEqualTo(710);
    }

    @Test
    void every_line_of_a_synthetic_file_agrees_with_the_parser(@TempDir Path dir) throws IOException {
        List<Path> files = new SyntheticGdelt(5, SyntheticGdelt.countries(20), YearMonth.of(2019, 1), 24,
                List.of(new PlantedPair(Country.of("US"), Country.of("RU"), 1)), 0.3).write(dir, 3_000, 1);
        assertThat(agreeOnEveryLine(files.get(0))).isEqualTo(3_000);
    }

    @Test
    void every_country_the_synthetic_generator_can_write_is_read_back_as_that_country(@TempDir Path dir) {
        // The test kit writes CAMEO codes without this module's CountryCodes: the reader must agree.
        List<Country> all = SyntheticGdelt.countries(50);
        List<Path> files = new SyntheticGdelt(3, all, YearMonth.of(2020, 1), 12, List.of(), 0).write(dir, 20_000, 1);
        java.util.Set<Country> read = new java.util.HashSet<>();
        new EventFileReader(CameoTable.standard()).read(files.get(0), event -> {
            event.actor1().ifPresent(read::add);
            event.actor2().ifPresent(read::add);
        }, EventFileReader.Progress.NONE);
        assertThat(read).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void a_row_breaking_any_rule_is_rejected_and_a_row_of_an_unusual_but_valid_form_accepted_as_the_parser_does()
            throws IOException {
        String[] row = Files.readAllLines(Fixtures.file("gdelt1-mixed.tsv")).get(0).split("\t", -1);
        assertThat(row).hasSize(58);
        List<String[]> variants = new ArrayList<>();
        variant(variants, row, 0, "", "-", "-12", "+12", "12a", "1234567890123456789", "123456789012345678", " 1");
        variant(variants, row, 1, "20200229", "20190229", "20181301", "20180431", "2018-04-02", "-2018010", "00000101",
                "2018010", "201801011", "２0180101");
        variant(variants, row, 7, "", "RUS", "rus", "ROM", "ZAR", "TMP", "EUR", "SUN", "USA ", "ÜSA", "US", "USAA");
        variant(variants, row, 17, "USA", "", "AFR", "Ωmg");
        variant(variants, row, 26, "174", "17", "1741", "999", "", "0174", "17a", "1663");
        variant(variants, row, 29, "0", "5", "1", "-4", "4294967297", "", "x");
        variant(variants, row, 30, "", "10", "10.0", "10.1", "-10", "-10.0", "-10.5", "+2.5", "2.", ".5", "2.55", "1e0",
                " 2.0", "NaN", "Infinity", "-", "0x1p1", "2.5d", "00003.4", "-0.0", "100");
        variant(variants, row, 31, "", "-", "-3", "3.0", "99999999999");
        variant(variants, row, 32, "", "x", "0");
        variant(variants, row, 34, "", "-", "1e3", "NaN", "Infinity", "-6.25", "1" + "0".repeat(400), "1" + "0".repeat(20),
                ".5", "5.", " 3", "3.14159265358979323846", "٣");
        variants.add(java.util.Arrays.copyOf(row, 57));
        variants.add(java.util.Arrays.copyOf(row, 61));
        variants.add(java.util.Arrays.copyOf(row, 40));
        long accepted = variants.stream().map(v -> String.join("\t", v)).filter(this::agreesWithTheParser).count();
        assertThat(accepted).isBetween(20L, (long) variants.size() - 20);
    }

    private static void variant(List<String[]> variants, String[] row, int field, String... values) {
        for (String value : values) {
            String[] copy = row.clone();
            copy[field] = value;
            variants.add(copy);
        }
    }

    @Test
    void state_numbers_sort_as_the_codes_do_and_give_back_their_state() {
        List<Country> states = new ArrayList<>(new java.util.TreeSet<>(CountryCodes.cameoCodes().values()));
        for (int i = 0; i < states.size(); i++) {
            int number = GdeltAggregateFields.number(states.get(i));
            assertThat(GdeltAggregateFields.state(number)).isEqualTo(states.get(i));
            if (i > 0) {
                assertThat(number).as(String.format(Locale.ROOT, "%s after %s", states.get(i), states.get(i - 1)))
                        .isGreaterThan(GdeltAggregateFields.number(states.get(i - 1)));
            }
        }
    }
}
