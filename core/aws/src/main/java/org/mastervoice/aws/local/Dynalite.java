package org.mastervoice.aws.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A dynalite server (npm {@code dynalite}, the DynamoDB API on LevelDB) run as a child process with Node.
 * Data lives under a directory, or in memory when none is given (tests). {@link #close()} stops it and waits,
 * so no orphan survives its owner.
 */
public final class Dynalite implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Process process;
    private final URI endpoint;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** The dynalite command-line entry point of the installation rooted at {@code home} (npm ci there installs it). */
    public static Path cli(Path home) {
        return home.resolve("node_modules/dynalite/cli.js");
    }

    /**
     * Starts dynalite on {@code host:port} and returns once it accepts connections.
     *
     * @param dataDir where LevelDB keeps the tables; empty for an in-memory server
     * @param output  receives each line dynalite prints
     */
    public static Dynalite start(Path home, String host, int port, Optional<Path> dataDir, Consumer<String> output) {
        Path cli = cli(home);
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("dynalite is not installed at " + cli + ": run 'npm ci' in " + home);
        }
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--host", host, "--port", String.valueOf(port),
                // tables are ACTIVE at once instead of after 500 ms: start-up and tests need no waiting
                "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        dataDir.ifPresent(dir -> {
            command.add("--path");
            command.add(dir.toString());
        });
        Process process;
        try {
            dataDir.ifPresent(Dynalite::createDirectories);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dynalite with 'node' (is Node.js 20+ on the PATH?): " + e.getMessage(), e);
        }
        Thread.ofVirtual().name("dynalite-output").start(() -> pump(process, output));
        Dynalite dynalite = new Dynalite(process, URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port));
        dynalite.awaitListening(host, port);
        return dynalite;
    }

    private void awaitListening(String host, int port) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with code " + process.exitValue() + " during start-up");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        close();
        throw new IllegalStateException("dynalite did not listen on " + host + ":" + port + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes when the process exits, for whoever must react to an unexpected death. */
    public java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pump(Process process, Consumer<String> output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(output);
        } catch (IOException | UncheckedIOException closed) {
            // the process ended; nothing more to read
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
