package org.detente.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.detente.app.service.BundledWorkspace;

/** Runs the CLI in the test's JVM and keeps what it printed and its exit code. */
record CliRun(int exitCode, String out, String err) {
    static final Clock FIXED = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new DetenteCli(BundledWorkspace::new, FIXED).run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
