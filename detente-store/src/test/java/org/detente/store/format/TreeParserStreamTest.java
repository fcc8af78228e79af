package org.detente.store.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The YAML reader as a stream: the items of a chosen list go to a sink one by one, the rest of the
 * document is read as before, and no size limit is applied to a document.
 */
class TreeParserStreamTest {
    private static final String EXPORT = String.join("\n",
            "format: detente-export/1",
            "dyads:",
            "  - definitions:",
            "      dyad: us-ru",
            "    entries:",
            "      - id: a",
            "        note: |",
            "          two",
            "          lines",
            "      - id: b",
            "        count: ~",
            "    after: 'kept'",
            "tokens: []",
            "");

    @Test
    void the_items_of_a_streamed_list_go_to_the_sink_in_order_with_what_precedes_them_and_the_rest_is_read_as_before() {
        List<String> seen = new ArrayList<>();
        Tree streamed = TreeParser.yaml(new java.io.StringReader(EXPORT), path -> path.equals("dyads[0].entries"),
                (path, siblings, index, item) -> seen.add(path + " " + index + " " + siblings.keySet() + " "
                        + ((Tree.Mapping) item).get("id") + " line " + item.line()));

        assertThat(seen).containsExactly(
                "dyads[0].entries 0 [definitions] Scalar[value=a, quoted=false, line=6, type=UNTYPED] line 6",
                "dyads[0].entries 1 [definitions] Scalar[value=b, quoted=false, line=10, type=UNTYPED] line 10");
        Tree.Mapping whole = (Tree.Mapping) TreeParser.yaml(EXPORT);
        Tree.Mapping item = (Tree.Mapping) ((Tree.Sequence) ((Tree.Mapping) streamed).get("dyads")).items().get(0);
        assertThat(item.get("entries")).isEqualTo(new Tree.Sequence(List.of(), 6));
        assertThat(item.get("after")).isEqualTo(new Tree.Scalar("kept", true, 12));
        Tree.Mapping wholeItem = (Tree.Mapping) ((Tree.Sequence) whole.get("dyads")).items().get(0);
        assertThat(item.get("definitions")).isEqualTo(wholeItem.get("definitions"));
        Tree.Mapping second = (Tree.Mapping) ((Tree.Sequence) wholeItem.get("entries")).items().get(1);
        assertThat(second.get("count")).isEqualTo(new Tree.Null(11));
        Tree.Mapping first = (Tree.Mapping) ((Tree.Sequence) wholeItem.get("entries")).items().get(0);
        assertThat(first.get("note")).isEqualTo(new Tree.Scalar("two\nlines\n", true, 7));
    }

    @Test
    void a_duplicate_key_and_a_second_document_are_refused_with_their_line() {
        assertThatThrownBy(() -> TreeParser.yaml("a: 1\nb: 2\na: 3\n")).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> TreeParser.yaml("a: 1\n---\nb: 2\n")).isInstanceOf(FormatException.class)
                .hasMessageContaining("single document");
    }

    @Test
    void a_document_larger_than_the_old_64_mi_code_point_limit_is_read_item_by_item() {
        int items = 62_000;
        int width = 1_100;
        long[] count = {0, 0};
        TreeParser.yaml(new GeneratedList(items, width), path -> path.equals("entries"), (path, siblings, index, item) -> {
            count[0]++;
            count[1] += ((Tree.Scalar) item).value().length();
        });

        assertThat((long) items * (width + 7)).as("code points read").isGreaterThan(64L * 1024 * 1024);
        assertThat(count[0]).isEqualTo(items);
        assertThat(count[1]).isEqualTo((long) items * width);
    }

    @Test
    void the_reader_sets_no_size_limit_of_its_own() {
        assertThat(TreeParser.loaderOptions().getCodePointLimit())
                .as("SnakeYAML counts code points in an int, which never exceeds this").isEqualTo(Integer.MAX_VALUE);
        assertThat(TreeParser.loaderOptions().isAllowDuplicateKeys()).isFalse();
    }

    /** "entries:" then {@code items} quoted scalars of {@code width} letters, made as they are read. */
    private static final class GeneratedList extends Reader {
        private final String item;
        private final int items;
        private int produced = -1;
        private String current = "entries:\n";
        private int at;

        GeneratedList(int items, int width) {
            this.items = items;
            this.item = "  - '" + "x".repeat(width) + "'\n";
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == current.length()) {
                produced++;
                if (produced >= items) {
                    return -1;
                }
                current = item;
                at = 0;
            }
            int n = Math.min(length, current.length() - at);
            current.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
