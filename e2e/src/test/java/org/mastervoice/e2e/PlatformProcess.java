package org.mastervoice.e2e;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** {@code ./mastervoice up} run as a user would: a separate process whose output the test reads. */
final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private PlatformProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().name("platform-output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> {
                    output.add(line);
                    System.out.println("  | " + line);
                });
            } catch (IOException | UncheckedIOException closed) {
                // process ended
            }
        });
    }

    static PlatformProcess up(Path home, List<String> settings) {
        List<String> command = new ArrayList<>(List.of(home.resolve("mastervoice").toString(), "up"));
        command.addAll(settings);
        try {
            return new PlatformProcess(new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the ready banner; fails early with the output if the process ends first. */
    PlatformProcess awaitReady() {
        await("platform ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .failFast("the platform exited before it was ready:\n" + String.join("\n", output), () -> !process.isAlive())
                .until(() -> output.stream().anyMatch(line -> line.startsWith("MasterVoice Open is up")));
        return this;
    }

    String output() {
        return String.join("\n", output);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the platform did not exit within " + limit + ":\n" + output());
        }
        reader.join(Duration.ofSeconds(10));
        return process.exitValue();
    }

    /**
     * SIGTERM, as a service manager would send. Through the handle: {@code Process.destroy()} would also close
     * our end of the output pipe, and the platform's last words ("stopped") would be lost.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
