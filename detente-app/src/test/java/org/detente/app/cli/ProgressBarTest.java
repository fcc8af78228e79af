package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void on_a_terminal_the_bar_shows_the_share_done_in_its_unit_and_is_wiped_at_the_end() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, "matches");

        bar.matchesDone(5, 10);
        String drawn = err.toString();
        bar.finish();

        assertThat(drawn).startsWith("\r[###############               ] 50% of 10 matches");
        assertThat(err.toString()).endsWith("\r");
    }

    @Test
    void counts_arriving_out_of_order_never_draw_the_bar_backwards() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, "runs");

        bar.runsDone(7, 10);
        bar.runsDone(6, 10);

        assertThat(err.toString()).contains("70% of 10 runs").doesNotContain("60%");
    }

    @Test
    void off_a_terminal_nothing_is_drawn() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, "matches");

        bar.matchesDone(1, 2);
        bar.matchesDone(2, 2);
        bar.finish();

        assertThat(err.toString()).isEmpty();
    }
}
