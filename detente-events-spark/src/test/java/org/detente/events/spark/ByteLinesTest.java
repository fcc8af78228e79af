package org.detente.events.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
    private static List<String> lines(String text) throws Exception {
        List<String> lines = new ArrayList<>();
        ByteLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                (bytes, length) -> lines.add(new String(bytes, 0, length, StandardCharsets.UTF_8)));
        return lines;
    }

    @Test
    void lines_end_at_a_line_feed_a_carriage_return_or_both_and_the_last_needs_no_end() throws Exception {
        assertThat(lines("a\tb\nc\r\nd\re")).containsExactly("a\tb", "c", "d", "e");
        assertThat(lines("a\n\nb\n")).containsExactly("a", "", "b");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void a_line_longer_than_the_buffers_arrives_whole_with_its_multibyte_characters() throws Exception {
        String longLine = "Москва→Washington ".repeat(10_000);
        assertThat(lines(longLine + "\r\n" + "short")).containsExactly(longLine, "short");
    }
}
