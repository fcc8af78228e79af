package org.detente.events.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparkReciprocityJobTest {
    @Test
    void the_options_and_paths_are_read_in_any_order() {
        SparkReciprocityJob.Options options = SparkReciprocityJob.Options.parse(
                new String[] {"s3://bucket/gdelt/*.gz", "--local", "2", "--top", "50", "--min-months", "12", "more"});

        assertThat(options).isEqualTo(new SparkReciprocityJob.Options(2, 12, 50, List.of("s3://bucket/gdelt/*.gz", "more")));
    }

    @Test
    void a_bad_command_line_is_refused_naming_the_option_at_fault() {
        for (String[] args : List.of(new String[] {"--top"}, new String[] {"--top", "ten", "x"},
                new String[] {"--local", "0", "x"}, new String[] {"--min-months", "-1", "x"},
                new String[] {"--threads", "2", "x"})) {
            assertThatThrownBy(() -> SparkReciprocityJob.Options.parse(args)).as(String.join(" ", args))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(args[0]);
        }
        assertThatThrownBy(() -> SparkReciprocityJob.Options.parse(new String[] {"--top", "5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PATH");
    }
}
