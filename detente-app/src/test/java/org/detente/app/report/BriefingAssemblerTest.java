package org.detente.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.CitedSource;
import org.detente.app.report.Briefing.SectionKind;
import org.detente.ledger.Entry;
import org.junit.jupiter.api.Test;

class BriefingAssemblerTest {

    @Test
    void the_headline_of_mid_2018_shows_the_san_francisco_consulate_closed_and_the_455_cap() {
        Briefing briefing = Briefings.mid2018();

        Block.Table missions = table(briefing, SectionKind.HEADLINE, "Missions");
        List<String> sanFrancisco = missions.rows().stream().map(Block.Row::cells)
                .filter(cells -> cells.get(0).contains("San Francisco")).findFirst().orElseThrow();
        assertThat(sanFrancisco.get(2)).isEqualTo("closed");
        assertThat(sanFrancisco.get(3)).isEqualTo("2017-09-02");
        Block.Table staff = table(briefing, SectionKind.HEADLINE, "Staff");
        assertThat(staff.rows()).anySatisfy(row -> {
            assertThat(row.cells().get(0)).startsWith("United States");
            assertThat(row.cells().get(4)).isEqualTo("455");
        });
    }

    @Test
    void what_changed_lists_the_entries_after_since_and_none_from_before() {
        Briefing briefing = Briefings.mid2018();

        String changes = text(briefing, SectionKind.CHANGES);

        assertThat(changes).contains("2018-04-25").doesNotContain("2018-03-26");
    }

    @Test
    void what_changed_names_the_state_differences_between_the_two_dates() {
        Briefing briefing = Briefings.of("2018-06-30", "2018-01-01");

        String changes = text(briefing, SectionKind.CHANGES);

        // the consulate's office and the consul general's residence are two premises with their own changes
        assertThat(changes).contains("Consulate General of the Russian Federation in Seattle (office, 25th floor of One"
                        + " Union Square, 600 University Street): operational, visas full → closed")
                .contains("Residence of the Russian Consul General in Seattle (Samuel Hyde House): operational → seized")
                .contains("2018-03-26");
    }

    @Test
    void sources_are_numbered_from_one_and_each_address_appears_once() {
        List<CitedSource> sources = Briefings.mid2018().sources();

        assertThat(sources).isNotEmpty();
        for (int i = 0; i < sources.size(); i++) {
            assertThat(sources.get(i).number()).isEqualTo(i + 1);
        }
        assertThat(sources.stream().map(CitedSource::url).distinct().count()).isEqualTo(sources.size());
    }

    @Test
    void every_source_of_every_entry_of_the_period_is_cited() {
        Briefing briefing = Briefings.of("2018-06-30", "2018-01-01");
        Set<String> cited = briefing.sources().stream().map(CitedSource::url).collect(Collectors.toSet());

        List<Entry> period = Briefings.basis().view().liveEntriesBy(LocalDate.parse("2018-06-30")).stream()
                .filter(e -> e.occurredOn().date().isAfter(LocalDate.parse("2018-01-01"))).toList();

        assertThat(period).hasSizeGreaterThan(3);
        for (Entry entry : period) {
            entry.sources().forEach(s -> assertThat(cited).as(entry.id().value()).contains(s.url().toString()));
        }
    }

    @Test
    void every_section_cites_only_listed_sources_and_the_list_holds_only_cited_ones() {
        Briefing briefing = Briefings.mid2018();
        Set<Integer> used = new HashSet<>();
        briefing.sections().forEach(s -> s.blocks().forEach(b -> used.addAll(b.citations())));

        assertThat(used).isEqualTo(briefing.sources().stream().map(CitedSource::number).collect(Collectors.toSet()));
    }

    @Test
    void tracks_show_each_goal_with_its_status_and_blockers() {
        Briefing briefing = Briefings.of("2025-06-01", "2025-03-03");

        String tracks = text(briefing, SectionKind.TRACKS);

        assertThat(tracks).contains("Peace between Russia and Ukraine").contains("ready").contains("blocked");
        assertThat(briefing.section(SectionKind.TRACKS).blocks()).filteredOn(Block.Subheading.class::isInstance)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_forecast_gives_months_for_the_open_goals() {
        Briefing briefing = Briefings.of("2025-06-01", "2025-03-03");

        Block.Table forecast = table(briefing, SectionKind.FORECAST, "When open goals are met");

        assertThat(forecast.rows()).isNotEmpty();
        assertThat(text(briefing, SectionKind.FORECAST)).contains("not a prediction").contains("2025-07");
    }

    @Test
    void the_four_charts_are_svg_drawn_the_same_way_twice() {
        Briefing once = Briefings.mid2018();
        Briefing again = Briefings.assembler().assemble(Briefings.on("2018-06-30"), LocalDate.parse("2018-04-01"));

        assertThat(once.charts()).extracting(Briefing.Chart::id).containsExactly("comparison", "roadmap-status", "staffing",
                "escalation");
        assertThat(again.charts()).isEqualTo(once.charts());
    }

    @Test
    void a_since_after_the_date_is_refused() {
        BriefingAssembler assembler = Briefings.assembler();

        assertThatThrownBy(() -> assembler.assemble(Briefings.on("2018-06-30"), LocalDate.parse("2018-07-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since 2018-07-01 is after");
    }

    static Block.Table table(Briefing briefing, SectionKind kind, String captionStart) {
        return briefing.section(kind).blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .filter(t -> t.caption().startsWith(captionStart)).findFirst().orElseThrow();
    }

    /** Every word of a section, for searching. */
    static String text(Briefing briefing, SectionKind kind) {
        StringBuilder text = new StringBuilder();
        for (Block block : briefing.section(kind).blocks()) {
            if (block instanceof Block.Subheading s) {
                text.append(s.text()).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                text.append(p.text().text()).append('\n');
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(i -> text.append(i.text()).append('\n'));
            } else if (block instanceof Block.Table t) {
                text.append(t.caption()).append('\n');
                t.rows().forEach(r -> text.append(String.join(" | ", r.cells())).append('\n'));
            }
        }
        return text.toString();
    }
}
