package org.mastervoice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.aws.local.LocalAws;

/** A taken port or a bad setting stops {@code up} at once, with exit code 2 and a message saying what to change. */
class PortInUseIT {

    @TempDir
    Path tmp;

    private List<String> settings(List<Integer> ports) {
        return List.of("--data-dir", tmp.resolve("data").toString(), "--http-port", "" + ports.get(0),
                "--sip-port", "" + ports.get(1), "--media-http-port", "" + ports.get(2),
                "--dynamodb-port", "" + ports.get(3), "--sqs-port", "" + ports.get(4));
    }

    @Test
    void takenHttpPortFailsFastNamingPortAndSetting() throws Exception {
        List<Integer> ports = FreePorts.take(5);
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.get(0)));
            try (PlatformProcess platform = PlatformProcess.up(LocalAws.home(), settings(ports))) {
                assertThat(platform.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
                assertThat(platform.output())
                        .contains("TCP port " + ports.get(0) + " is already in use")
                        .contains("--http-port / MASTERVOICE_HTTP_PORT")
                        .doesNotContain("dynalite");
            }
        }
    }

    @Test
    void takenSipUdpPortFailsFastNamingSipPort() throws Exception {
        List<Integer> ports = FreePorts.take(5);
        try (DatagramSocket squatter = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.get(1)))) {
            try (PlatformProcess platform = PlatformProcess.up(LocalAws.home(), settings(ports))) {
                assertThat(platform.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
                assertThat(platform.output()).contains("UDP port " + ports.get(1) + " is already in use").contains("--sip-port");
            }
        }
    }

    @Test
    void badSettingFailsWithExitCode2AndTheFix() throws Exception {
        List<Integer> ports = FreePorts.take(5);
        List<String> args = new ArrayList<>(settings(ports));
        args.addAll(List.of("--rtp-ports", "20001-20999"));
        try (PlatformProcess platform = PlatformProcess.up(LocalAws.home(), args)) {
            assertThat(platform.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(platform.output()).contains("--rtp-ports / MASTERVOICE_RTP_PORTS = '20001-20999'")
                    .contains("the first RTP port must be even");
        }
    }
}
