package org.detente.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.ledger.Entry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/record.md says what the bundled US–Russia history covers: a count of ledger entries and a
 * table of years × kinds of measure. Both are computed here from the dataset; when the document
 * differs, the failure prints the table as it should read, ready to paste.
 */
class RecordCoverageTest {
    private static final Pattern ENTRY_COUNT = Pattern.compile("(\\d+) ledger entries");
    private static List<Entry> entries;
    private static List<String> document;

    @BeforeAll
    static void readTheDatasetAndTheDocument() throws IOException {
        entries = BundledDatasets.read("us-ru").entries();
        document = Files.readAllLines(recordDocument());
    }

    @Test
    void the_coverage_table_of_docs_record_md_counts_the_bundled_entries_by_year_and_kind() {
        List<String> expected = coverageTable(entries);
        assertThat(documentedTable())
                .as("the table under 'What it covers' in docs/record.md; it should read:%n%n%s%n",
                        String.join("\n", expected))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void the_header_sentence_of_docs_record_md_gives_the_number_of_bundled_entries() {
        String sentence = coverageSection().stream().filter(line -> ENTRY_COUNT.matcher(line).find())
                .findFirst().orElse("");
        Matcher count = ENTRY_COUNT.matcher(sentence);
        assertThat(count.find())
                .as("docs/record.md has no sentence '<n> ledger entries' under 'What it covers'").isTrue();
        assertThat(Integer.parseInt(count.group(1)))
                .as("the entry count under 'What it covers' in docs/record.md; it should read '%d ledger entries'",
                        entries.size())
                .isEqualTo(entries.size());
    }

    @Test
    void the_computed_table_adds_up_to_the_number_of_entries() {
        List<String> table = coverageTable(entries);
        String totals = table.get(table.size() - 1);
        assertThat(totals).endsWith("| **" + entries.size() + "** |");
    }

    /** The table as docs/record.md prints it: one row per kind (by code), one column per year, totals last. */
    static List<String> coverageTable(List<Entry> entries) {
        SortedSet<Integer> years = new TreeSet<>();
        SortedMap<String, SortedMap<Integer, Integer>> byKind = new TreeMap<>();
        for (Entry entry : entries) {
            int year = entry.occurredOn().date().getYear();
            years.add(year);
            byKind.computeIfAbsent(entry.type().code(), kind -> new TreeMap<>()).merge(year, 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("kind"));
        years.forEach(year -> header.add(String.valueOf(year)));
        header.add("all");
        lines.add(row(header));
        lines.add("|" + "---|".repeat(header.size()));
        SortedMap<Integer, Integer> columnTotals = new TreeMap<>();
        for (Map.Entry<String, SortedMap<Integer, Integer>> kind : byKind.entrySet()) {
            List<String> cells = new ArrayList<>(List.of("`" + kind.getKey() + "`"));
            int all = 0;
            for (int year : years) {
                Integer count = kind.getValue().get(year);
                cells.add(count == null ? "" : String.valueOf(count));
                all += count == null ? 0 : count;
                columnTotals.merge(year, count == null ? 0 : count, Integer::sum);
            }
            cells.add(String.valueOf(all));
            lines.add(row(cells));
        }
        List<String> totals = new ArrayList<>(List.of("**all**"));
        years.forEach(year -> totals.add("**" + columnTotals.get(year) + "**"));
        totals.add("**" + entries.size() + "**");
        lines.add(row(totals));
        return lines;
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** The lines of the section "What it covers", up to the next heading. */
    private static List<String> coverageSection() {
        int start = document.indexOf("## What it covers");
        assertThat(start).as("docs/record.md has a section '## What it covers'").isNotNegative();
        List<String> section = new ArrayList<>();
        for (String line : document.subList(start + 1, document.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            section.add(line);
        }
        return section;
    }

    /** The first table of that section, line by line as written. */
    private static List<String> documentedTable() {
        List<String> table = new ArrayList<>();
        for (String line : coverageSection()) {
            if (line.startsWith("|")) {
                table.add(line.strip());
            } else if (!table.isEmpty()) {
                break;
            }
        }
        return table;
    }

    /** docs/record.md of the repository this module is built in (tests run in the module's folder). */
    private static Path recordDocument() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isRegularFile(folder.resolve("docs/record.md"))) {
            folder = folder.getParent();
        }
        assertThat(folder).as("no docs/record.md above %s", Path.of("").toAbsolutePath()).isNotNull();
        return folder.resolve("docs/record.md");
    }
}
