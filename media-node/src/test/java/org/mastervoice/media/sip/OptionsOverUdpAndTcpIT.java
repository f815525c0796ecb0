package org.mastervoice.media.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mastervoice.media.support.NodeFixture;

/** The node's SIP stack on real sockets: OPTIONS is answered on UDP and TCP, a malformed datagram is survived. */
class OptionsOverUdpAndTcpIT {

    private static NodeFixture fixture;
    private static int port;

    @BeforeAll
    static void start() {
        fixture = new NodeFixture();
        fixture.start();
        port = fixture.sipPort;
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String options(String transport, int localPort) {
        return "OPTIONS sip:demo.localhost SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + localPort + ";branch=z9hG4bK-" + System.nanoTime() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@demo.localhost>;tag=1\r\n"
                + "To: <sip:demo.localhost>\r\n"
                + "Call-ID: " + System.nanoTime() + "@127.0.0.1\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    @Test
    void answersOptionsOverUdpWithAllow() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            // a garbage datagram first: the stack must drop it and keep serving
            byte[] junk = "\u0000\u0001 not sip at all".getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(junk, junk.length, new InetSocketAddress("127.0.0.1", port)));
            byte[] request = options("UDP", socket.getLocalPort()).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(request, request.length, new InetSocketAddress("127.0.0.1", port)));
            DatagramPacket reply = new DatagramPacket(new byte[4096], 4096);
            socket.receive(reply);
            String response = new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("SIP/2.0 200 OK").contains("Allow: INVITE, ACK, CANCEL, BYE, REGISTER, OPTIONS").containsIgnoringCase("CSeq: 1 OPTIONS");
        }
    }

    @Test
    void answersOptionsOverTcpAndRefusesUnbuiltMethodsWith501() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(options("TCP", socket.getLocalPort()).getBytes(StandardCharsets.UTF_8));
            out.write(options("TCP", socket.getLocalPort()).replace("OPTIONS", "SUBSCRIBE").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("SIP/2.0 200 OK");
            String line;
            while (!(line = in.readLine()).isEmpty()) {
                // skip the rest of the first response's headers
            }
            assertThat(in.readLine()).startsWith("SIP/2.0 501 ");
        }
    }
}
