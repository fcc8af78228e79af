package org.detente.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A briefing on one dyad as of a date: the content that every renderer shows, in order. Built once
 * by {@link BriefingAssembler}; renderers only lay it out.
 *
 * <p>Invariants: the sections come in {@link SectionKind} order, one of each; every citation in a
 * section is the number of a source in {@link #sources()} (numbered 1, 2, 3, ... in order of first
 * citation, each source once); every {@link Block.Figure} names a chart of {@link #charts()}.
 *
 * @param dyad     the dyad id, e.g. {@code us-ru}
 * @param title    the title line, e.g. "Briefing: United States – Russia"
 * @param asOf     the date the briefing describes
 * @param since    the start of the period reviewed (the "previous date")
 * @param preface  a line or two under the title: the period, and what the briefing rests on
 * @param sections the sections, in {@link SectionKind} order
 * @param charts   the charts drawn on the server, referenced by the sections' figures
 * @param sources  every source of every entry, goal or figure the briefing mentions, numbered
 */
public record Briefing(String dyad, String title, LocalDate asOf, LocalDate since, String preface,
                       List<Section> sections, List<Chart> charts, List<CitedSource> sources) {

    /** Checks the invariants stated above. */
    public Briefing {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(title, "title is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(preface, "preface is required");
        sections = List.copyOf(sections);
        charts = List.copyOf(charts);
        sources = List.copyOf(sources);
        if (since.isAfter(asOf)) {
            throw new IllegalArgumentException("since " + since + " must not be after asOf " + asOf);
        }
        List<SectionKind> kinds = sections.stream().map(Section::kind).toList();
        if (!kinds.equals(List.of(SectionKind.values()))) {
            throw new IllegalArgumentException("one section of each kind, in order, is required: got " + kinds);
        }
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).number() != i + 1) {
                throw new IllegalArgumentException("sources must be numbered from 1 without gaps: "
                        + sources.get(i).number() + " at position " + (i + 1));
            }
        }
        List<String> chartIds = charts.stream().map(Chart::id).toList();
        for (Section section : sections) {
            for (Block block : section.blocks()) {
                for (int cited : block.citations()) {
                    if (cited < 1 || cited > sources.size()) {
                        throw new IllegalArgumentException("section " + section.kind() + " cites [" + cited
                                + "], but there are " + sources.size() + " sources");
                    }
                }
                if (block instanceof Block.Figure figure && !chartIds.contains(figure.chart())) {
                    throw new IllegalArgumentException("section " + section.kind() + " shows chart "
                            + figure.chart() + ", which is not among " + chartIds);
                }
            }
        }
    }

    /** The section of a kind. */
    public Section section(SectionKind kind) {
        return sections.get(kind.ordinal());
    }

    /** The chart with {@code id}. */
    public Chart chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chart " + id));
    }

    /**
     * The sections of a briefing, in the order they appear, each with its heading. The first ones
     * are the briefing proper, what a reader needs in five minutes (numbered 1, 2, ...); the rest are
     * annexes with the tables behind it (lettered A, B, ...), which in print start on a new page.
     */
    public enum SectionKind {
        BOTTOM_LINE("Bottom line", false),
        JUDGMENTS("Key judgments", false),
        RECENT("What changed", false),
        WATCH("What to watch", false),
        OUTLOOK("Forecast from the reference cases", false),
        COMPARISON("Beside the reference cases", false),
        HEADLINE("State of relations", true),
        CHANGES("Entries and changes of the period", true),
        TRACKS("Tracks and goals", true),
        GAPS("Staffing and consular gaps", true),
        RECIPROCITY("Reciprocity and escalation", true),
        FORECAST("Calibrated simulation", true),
        SOURCES("Sources", true);

        private final String heading;
        private final boolean annex;

        SectionKind(String heading, boolean annex) {
            this.heading = heading;
            this.annex = annex;
        }

        /** Whether it is an annex (the tables behind the briefing) rather than the briefing itself. */
        public boolean annex() {
            return annex;
        }

        /** Whether it is one of the summary sections that must fit on the first two printed pages. */
        public boolean summary() {
            return ordinal() <= WATCH.ordinal();
        }

        /** The heading every format shows: "1. Bottom line" for the briefing, "Annex A. State of relations" for annexes. */
        public String heading() {
            if (!annex) {
                return (ordinal() + 1) + ". " + heading;
            }
            int first = HEADLINE.ordinal();
            return "Annex " + (char) ('A' + ordinal() - first) + ". " + heading;
        }
    }

    /** One section: its kind (hence its heading) and its blocks, in order. */
    public record Section(SectionKind kind, List<Block> blocks) {
        /** Copies the blocks. */
        public Section {
            Objects.requireNonNull(kind, "kind is required");
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of text and the numbers of the sources it rests on (empty when it rests on none). */
    public record Cited(String text, List<Integer> sources) {
        /** Copies the numbers. */
        public Cited {
            Objects.requireNonNull(text, "text is required");
            sources = List.copyOf(sources);
        }

        /** Text without sources. */
        public static Cited plain(String text) {
            return new Cited(text, List.of());
        }
    }

    /** What a section is made of. Every renderer lays out each kind in its own way, and nothing else. */
    public sealed interface Block permits Block.Subheading, Block.Paragraph, Block.Bullets, Block.Table,
            Block.Figure, Block.SourceList {

        /** The source numbers this block cites. */
        default List<Integer> citations() {
            return List.of();
        }

        /** A heading inside a section (a track, a part of the analysis). */
        record Subheading(String text) implements Block {
            /** Checks the text. */
            public Subheading {
                Objects.requireNonNull(text, "text is required");
            }
        }

        /** A paragraph. */
        record Paragraph(Cited text) implements Block {
            /** Checks the text. */
            public Paragraph {
                Objects.requireNonNull(text, "text is required");
            }

            @Override
            public List<Integer> citations() {
                return text.sources();
            }
        }

        /** A list of points. */
        record Bullets(List<Cited> items) implements Block {
            /** Copies the items. */
            public Bullets {
                items = List.copyOf(items);
            }

            @Override
            public List<Integer> citations() {
                return items.stream().flatMap(i -> i.sources().stream()).toList();
            }
        }

        /**
         * A table: a caption, column headers and rows of cells; each row may cite sources, which
         * renderers show in a last column headed "Sources" when any row cites one.
         */
        record Table(String caption, List<String> headers, List<Row> rows, List<Integer> widths) implements Block {
            /**
             * Checks that every row has one cell per header, and that {@code widths} (a layout hint:
             * each column's share of the width in percent, the sources column taking the rest) is
             * empty or has one share per header.
             */
            public Table {
                Objects.requireNonNull(caption, "caption is required");
                headers = List.copyOf(headers);
                rows = List.copyOf(rows);
                widths = List.copyOf(widths);
                if (!widths.isEmpty() && (widths.size() != headers.size()
                        || widths.stream().mapToInt(Integer::intValue).sum() > 100)) {
                    throw new IllegalArgumentException("table '" + caption + "': widths must be one share per column, "
                            + "100 in all at most, got " + widths);
                }
                for (Row row : rows) {
                    if (row.cells().size() != headers.size()) {
                        throw new IllegalArgumentException("table '" + caption + "': a row has " + row.cells().size()
                                + " cells for " + headers.size() + " headers");
                    }
                }
            }

            /** A table whose columns the renderer sizes to their content. */
            public Table(String caption, List<String> headers, List<Row> rows) {
                this(caption, headers, rows, List.of());
            }

            /** Whether any row cites a source. */
            public boolean cites() {
                return rows.stream().anyMatch(r -> !r.sources().isEmpty());
            }

            @Override
            public List<Integer> citations() {
                return rows.stream().flatMap(r -> r.sources().stream()).toList();
            }
        }

        /** A row of a table. */
        record Row(List<String> cells, List<Integer> sources) {
            /** Copies the cells and numbers. */
            public Row {
                cells = List.copyOf(cells);
                sources = List.copyOf(sources);
            }
        }

        /** A chart of the briefing, by id. */
        record Figure(String chart) implements Block {
            /** Checks the id. */
            public Figure {
                Objects.requireNonNull(chart, "chart is required");
            }
        }

        /** The numbered list of the briefing's sources (the last section). */
        record SourceList() implements Block {
        }
    }

    /**
     * A chart drawn on the server.
     *
     * @param id      a short name, also used for the file beside a Markdown briefing
     * @param title   what it shows
     * @param caption how to read it
     * @param svg     the drawing: one {@code <svg>} element with its namespace, no XML declaration
     */
    public record Chart(String id, String title, String caption, String svg) {
        /** Checks the fields. */
        public Chart {
            Objects.requireNonNull(id, "id is required");
            Objects.requireNonNull(title, "title is required");
            Objects.requireNonNull(caption, "caption is required");
            Objects.requireNonNull(svg, "svg is required");
            if (!id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("chart id must be lower-case letters, digits and hyphens: " + id);
            }
            if (!svg.startsWith("<svg")) {
                throw new IllegalArgumentException("chart " + id + ": svg must be one <svg> element");
            }
        }
    }

    /** A source with its number in the briefing. */
    public record CitedSource(int number, String publisher, LocalDate published, String title, String url) {
        /** Checks the fields. */
        public CitedSource {
            Objects.requireNonNull(publisher, "publisher is required");
            Objects.requireNonNull(published, "published is required");
            Objects.requireNonNull(title, "title is required");
            Objects.requireNonNull(url, "url is required");
        }
    }
}
