package org.mastervoice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mastervoice.config.InvalidSettingException;

class PortCheckTest {

    private final InetAddress loopback = InetAddress.getLoopbackAddress();

    @Test
    void takenTcpPortIsReportedWithItsSettingAndFix() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, loopback)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> PortCheck.requireFree(loopback,
                    List.of(new PortCheck.Need(PlatformSettings.HTTP_PORT, port, PortCheck.Protocol.TCP))))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("TCP port " + port + " is already in use")
                    .hasMessageContaining("--http-port / MASTERVOICE_HTTP_PORT")
                    .hasMessageContaining("choose another port with --http-port <port>");
        }
    }

    @Test
    void takenUdpPortIsReportedEvenWhenTcpIsFree() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            int port = taken.getLocalPort();
            assertThat(PortCheck.isFree(loopback, port, PortCheck.Protocol.UDP)).isFalse();
            assertThatThrownBy(() -> PortCheck.requireFree(loopback,
                    List.of(new PortCheck.Need(PlatformSettings.SIP_PORT, port, PortCheck.Protocol.UDP))))
                    .hasMessageContaining("UDP port " + port).hasMessageContaining("--sip-port");
        }
    }

    @Test
    void samePortForTwoServicesIsRejected() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            port = probe.getLocalPort();
        }
        int free = port;
        assertThatThrownBy(() -> PortCheck.requireFree(loopback, List.of(
                new PortCheck.Need(PlatformSettings.HTTP_PORT, free, PortCheck.Protocol.TCP),
                new PortCheck.Need(PlatformSettings.MEDIA_HTTP_PORT, free, PortCheck.Protocol.TCP))))
                .hasMessageContaining("--media-http-port").hasMessageContaining("also chosen by another setting");
    }

    @Test
    void freePortsPass() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
            port = probe.getLocalPort();
        }
        int free = port;
        assertThatNoException().isThrownBy(() -> PortCheck.requireFree(loopback, List.of(
                new PortCheck.Need(PlatformSettings.SIP_PORT, free, PortCheck.Protocol.UDP),
                new PortCheck.Need(PlatformSettings.SIP_PORT, free, PortCheck.Protocol.TCP))));
    }
}
