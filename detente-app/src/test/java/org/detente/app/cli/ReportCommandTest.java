package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void report_writes_a_pdf_briefing_and_says_where(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("brief.pdf");

        CliRun run = CliRun.of("report", "--dyad", "us-ru", "--as-of", "2018-06-30", "--format", "pdf", "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }

    @Test
    void report_writes_a_word_briefing_that_opens_with_its_title(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("brief.docx");

        CliRun run = CliRun.of("report", "--dyad", "sa-ir", "--as-of", "2023-09-30", "--format", "docx", "-o",
                docx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + docx + " (docx, ");
        assertThat(run.err()).doesNotContain("Log4j").doesNotContain("StatusLogger");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Briefing: Saudi Arabia – Iran, as of 2023-09-30");
        }
    }

    @Test
    void report_in_html_defaults_since_to_90_days_before_the_date(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("brief.html");

        CliRun run = CliRun.of("report", "--as-of", "2018-06-30", "--format", "html", "-o", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains("Period reviewed: 2018-04-01 to 2018-06-30");
    }

    @Test
    void an_unknown_dyad_is_one_line_and_exit_code_2(@TempDir Path dir) {
        assertUsage(CliRun.of("report", "--dyad", "fr-de", "--format", "md", "-o", dir.resolve("b.md").toString()),
                "detente: unknown dyad 'fr-de' (known: us-ru, ca-in, sa-ir, us-cu)");
    }

    @Test
    void a_since_after_the_date_is_one_line_and_exit_code_2(@TempDir Path dir) {
        assertUsage(CliRun.of("report", "--as-of", "2018-06-30", "--since", "2018-07-01", "--format", "md", "-o",
                dir.resolve("b.md").toString()), "detente: --since 2018-07-01 is after --as-of 2018-06-30");
    }

    @Test
    void an_unknown_format_is_one_line_and_exit_code_2(@TempDir Path dir) {
        assertUsage(CliRun.of("report", "--format", "odt", "-o", dir.resolve("b.odt").toString()),
                "detente: --format 'odt' is not one of md, html, pdf, docx");
    }

    @Test
    void an_output_in_a_missing_folder_is_one_line_and_exit_code_2(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("b.pdf");
        CliRun run = CliRun.of("report", "--format", "pdf", "-o", file.toString());
        assertUsage(run, null);
        assertThat(run.err()).contains("does not exist");
        assertThat(file).doesNotExist();
    }

    @Test
    void an_output_that_is_a_folder_is_one_line_and_exit_code_2(@TempDir Path dir) {
        assertUsage(CliRun.of("report", "--format", "html", "-o", dir.toString()),
                "detente: -o " + dir + " is a folder, not a file");
    }

    @Test
    void a_missing_output_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("report", "--format", "md");
        assertUsage(run, null);
        assertThat(run.err()).contains("--output");
    }

    private static void assertUsage(CliRun run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
        if (line != null) {
            assertThat(run.err().strip()).isEqualTo(line);
        }
        assertThat(run.out()).isEmpty();
    }
}
