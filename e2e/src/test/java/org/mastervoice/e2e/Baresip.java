package org.mastervoice.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless baresip softphone (Debian package baresip) with its own config folder: registers one account
 * through the node, sends a WAV as its microphone, records what it receives (sndfile: *-dec.wav), auto-answers.
 */
final class Baresip implements AutoCloseable {

    private final Path home;
    private final Process process;

    private Baresip(Path home, Process process) {
        this.home = home;
        this.process = process;
    }

    /**
     * @param command a menu command to run at start, e.g. "/dial 101", or null to wait for calls
     */
    static Baresip start(Path home, String aor, String password, int sipPort, int listenPort, int rtpFirst, Path wav, String command) {
        try {
            Files.createDirectories(home.resolve("rec"));
            Files.writeString(home.resolve("config"), String.join("\n",
                    "poll_method epoll",
                    "sip_listen 127.0.0.1:" + listenPort,
                    "net_interface 127.0.0.1",
                    "rtp_ports " + rtpFirst + "-" + (rtpFirst + 19),
                    "call_local_timeout 120",
                    "audio_path /usr/share/baresip",
                    "audio_source aufile," + wav,
                    "audio_player aubridge,sink" + listenPort,
                    "audio_alert aubridge,sink" + listenPort,
                    "snd_path " + home.resolve("rec"),
                    "module_path /usr/lib/baresip/modules",
                    "module g711.so",
                    "module aufile.so",
                    "module aubridge.so",
                    "module sndfile.so",
                    "module_tmp account.so",
                    "module_app menu.so",
                    ""));
            Files.writeString(home.resolve("accounts"), "<" + aor + ";transport=udp>;auth_pass=" + password
                    + ";outbound=\"sip:127.0.0.1:" + sipPort + ";transport=udp\";regint=600;answermode=auto;audio_codecs=PCMU\n");
            List<String> cmd = new ArrayList<>(List.of("timeout", "-k", "3", "60", "baresip", "-f", home.toString()));
            if (command != null) {
                cmd.addAll(List.of("-e", command));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("run.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            return new Baresip(home, p);
        } catch (IOException e) {
            throw new UncheckedIOException("baresip must be installed (Debian package baresip)", e);
        }
    }

    String log() {
        try {
            return Files.exists(home.resolve("run.log")) ? Files.readString(home.resolve("run.log")) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The recording of what this phone received in its (only) call. */
    Path received() {
        try (Stream<Path> files = Files.list(home.resolve("rec"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-dec.wav")).findFirst()
                    .orElseThrow(() -> new AssertionError("no received-audio recording in " + home.resolve("rec") + "; log:\n" + log()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
