package org.detente.app.cli;

import java.util.Optional;
import org.detente.analysis.ConsularStaffing;
import org.detente.app.usecase.ConsularSection;
import picocli.CommandLine.Option;

/**
 * The staffing of a consular section, which no public source gives and the capacity model needs:
 * shared by {@code detente gaps} and {@code detente scenario run}.
 */
final class ConsularSectionOptions {
    @Option(names = "--officers", paramLabel = "N",
            description = "Consular officers of the section (no public source gives them, so they are an input).")
    String officers;

    @Option(names = "--local-staff", paramLabel = "N", defaultValue = "0",
            description = "Local staff supporting the officers (default: ${DEFAULT-VALUE}).")
    String localStaff;

    @Option(names = "--backlog", paramLabel = "N", defaultValue = "0",
            description = "Applications already waiting (default: ${DEFAULT-VALUE}).")
    String backlog;

    @Option(names = "--horizon", paramLabel = "MONTHS", defaultValue = "12",
            description = "Months to look ahead for the backlog (default: ${DEFAULT-VALUE}).")
    String horizon;

    /**
     * The section given, or empty without {@code --officers}.
     *
     * @throws UsageException for a value that is not a whole number, or staff or backlog without officers
     */
    Optional<ConsularSection> section() {
        if (officers == null) {
            if (!"0".equals(localStaff.trim()) || !"0".equals(backlog.trim())) {
                throw new UsageException("--local-staff and --backlog need --officers (the consular officers of the section)");
            }
            return Optional.empty();
        }
        return Optional.of(new ConsularSection(new ConsularStaffing(count("--officers", officers),
                count("--local-staff", localStaff)), count("--backlog", backlog), count("--horizon", horizon)));
    }

    private static int count(String option, String text) {
        if (!text.trim().matches("\\d{1,9}")) {
            throw new UsageException(option + " '" + text + "' is not a whole number from 0");
        }
        return Integer.parseInt(text.trim());
    }
}
