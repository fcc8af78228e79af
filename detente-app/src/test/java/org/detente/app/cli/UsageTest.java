package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line builds only the subcommand it runs; the usage and the mistakes still see them all. */
class UsageTest {
    @Test
    void the_usage_lists_every_subcommand_with_or_without_help() {
        for (CliRun run : new CliRun[] {CliRun.of("--help"), CliRun.of()}) {
            assertThat(run.exitCode()).isZero();
            for (Class<?> subcommand : DetenteCli.SUBCOMMANDS) {
                assertThat(run.out()).containsPattern("(?m)^  " + subcommand.getAnnotation(Command.class).name() + " ");
            }
        }
    }

    @Test
    void a_subcommand_runs_and_answers_its_own_help() {
        assertThat(CliRun.of("status", "--as-of", "2018-06-30").out()).startsWith("détente · us-ru");
        CliRun help = CliRun.of("db", "migrate", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: detente db migrate");
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error_as_before() {
        CliRun run = CliRun.of("stauts");

        assertThat(run.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(run.err()).contains("Unmatched argument").contains("'stauts'");
    }
}
