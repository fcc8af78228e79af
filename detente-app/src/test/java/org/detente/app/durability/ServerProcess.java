package org.detente.app.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code detente serve} in a JVM of its own, started from the test's class path, so that a test
 * can kill it with SIGKILL ({@link Process#destroyForcibly()} on Linux) as an operator or the
 * kernel would: no shutdown hook, no close of the database.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");
    private final Process process;
    private final String url;
    private final List<String> output = new ArrayList<>();

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the server in {@code workDirectory} with {@code environment} added, and waits until it listens. */
    static ServerProcess start(Path workDirectory, Map<String, String> environment, String... options) {
        List<String> arguments = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0"));
        arguments.addAll(List.of(options));
        Process process = cli(workDirectory, environment, arguments);
        List<String> lines = new ArrayList<>();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher found = ADDRESS.matcher(line);
                    if (found.find()) {
                        address.complete(found.group(1));
                    }
                }
            } catch (IOException e) {
                // The process died; what it printed is kept.
            }
            address.completeExceptionally(new IllegalStateException("the server exited before it listened"));
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ServerProcess server = new ServerProcess(process, address.get(90, TimeUnit.SECONDS));
            synchronized (lines) {
                server.output.addAll(lines);
            }
            return server;
        } catch (Exception e) {
            process.destroyForcibly();
            synchronized (lines) {
                throw new IllegalStateException("the server did not start: " + String.join("\n", lines), e);
            }
        }
    }

    /** {@code detente ARGUMENTS...} in a JVM of its own, standard error merged into its output. */
    static Process cli(Path workDirectory, Map<String, String> environment, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.detente.app.cli.DetenteCli"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + arguments, e);
        }
    }

    String url(String path) {
        return url + path;
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the killed server is still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the killed server", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
