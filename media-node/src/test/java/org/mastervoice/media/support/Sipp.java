package org.mastervoice.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's sipp (package sip-tester) as an independent SIP peer; scenarios live in test resources. */
public final class Sipp {

    /** How a sipp run ended: its exit code (0 = every call succeeded) and what it printed. */
    public record Result(int exitCode, String output) {
    }

    private Sipp() {
    }

    public static Path scenario(String name) {
        try {
            return Path.of(Sipp.class.getResource("/sipp/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes an injection file (SEQUENTIAL) with one line per row. */
    public static Path injection(Path dir, List<String> rows) {
        try {
            Path file = Files.createTempFile(dir, "users", ".csv");
            Files.writeString(file, "SEQUENTIAL\n" + String.join("\n", rows) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts sipp in the background (a UAS); {@link Running#await} collects its result. */
    public static Running start(int seconds, String... args) {
        List<String> command = new ArrayList<>(List.of("timeout", "-k", "5", String.valueOf(seconds), "sipp",
                "-i", "127.0.0.1", "-nostdin", "-buff_size", "4000000"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(scenario("register_auth.xml").getParent().toFile())
                    .redirectErrorStream(true).start();
            return new Running(p, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("sipp must be installed (Debian package sip-tester)", e);
        }
    }

    /** A sipp running in the background. */
    public record Running(Process process, int seconds) {
        public Result await() {
            try {
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(seconds + 10L, TimeUnit.SECONDS);
                return new Result(process.exitValue(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs sipp against 127.0.0.1:{@code port} with the given extra arguments, killing it after {@code seconds}. */
    public static Result run(int port, int seconds, String... args) {
        List<String> command = new ArrayList<>(List.of("timeout", "-k", "5", String.valueOf(seconds), "sipp", "127.0.0.1:" + port,
                "-i", "127.0.0.1", "-nostdin", "-buff_size", "4000000"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(scenario("register_auth.xml").getParent().toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(seconds + 10L, TimeUnit.SECONDS);
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("sipp must be installed (Debian package sip-tester)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
