package org.mastervoice.e2e;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports free on loopback for both TCP and UDP at the time of asking, all different. */
final class FreePorts {

    private FreePorts() {
    }

    static List<Integer> take(int count) {
        List<Integer> ports = new ArrayList<>();
        while (ports.size() < count) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.getLocalPort()))) {
                if (!ports.contains(udp.getLocalPort())) {
                    ports.add(udp.getLocalPort());
                }
            } catch (IOException udpTaken) {
                // that port is free for TCP only; draw another
            }
        }
        return ports;
    }

    static int evenRtpBase() {
        // an RTP range nobody else in this run uses; the platform does not bind it before calls
        return 30000 + 2 * (int) (ProcessHandle.current().pid() % 5000);
    }
}
