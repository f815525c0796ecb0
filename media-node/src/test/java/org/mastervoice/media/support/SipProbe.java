package org.mastervoice.media.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny SIP UAC over UDP for precise registrar tests: builds REGISTERs, answers digest challenges. */
public final class SipProbe implements AutoCloseable {

    private final DatagramSocket socket;
    private final int serverPort;
    private final String callId = UUID.randomUUID() + "@127.0.0.1";
    private long cseq = 1;

    public SipProbe(int serverPort) {
        this.serverPort = serverPort;
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            socket.setSoTimeout(5000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    /** A REGISTER of {@code user@domain}; {@code extraHeaders} end with CRLF each; returns the final response. */
    public String register(String user, String domain, String contactAndExpires, String authorization) {
        String request = "REGISTER sip:" + domain + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort() + ";branch=z9hG4bK" + UUID.randomUUID() + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:" + user + "@" + domain + ">;tag=" + callId.hashCode() + "\r\n"
                + "To: <sip:" + user + "@" + domain + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + (cseq++) + " REGISTER\r\n"
                + contactAndExpires
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + "User-Agent: SipProbe\r\n"
                + "Content-Length: 0\r\n\r\n";
        return send(request);
    }

    /** REGISTER, answer the 401 with digest for {@code username/password}, return the final response. */
    public String registerWithAuth(String user, String domain, String username, String password, String contactAndExpires) {
        String challenge = register(user, domain, contactAndExpires, null);
        if (!challenge.startsWith("SIP/2.0 401")) {
            return challenge;
        }
        return register(user, domain, contactAndExpires, authorization(challenge, username, password, "sip:" + domain));
    }

    /** An INVITE from {@code user} to {@code dialled}, answering the 407 with digest; returns the final response. */
    public String inviteWithAuth(String user, String domain, String dialled, String password, String sdp) {
        String callId = UUID.randomUUID() + "@probe";
        String branch = "z9hG4bK" + UUID.randomUUID();
        String first = send(invite(user, domain, dialled, callId, 1, null, sdp).replaceFirst("branch=z9hG4bK[^;]+", "branch=" + branch));
        if (!first.startsWith("SIP/2.0 407")) {
            return first;
        }
        // the ACK of the 407 ends that transaction, so its retransmissions do not mix with the next answer
        Matcher to = Pattern.compile("(?m)^To:[^\\r\\n]*;tag=([^;\\r\\n]+)").matcher(first);
        String toTag = to.find() ? to.group(1) : "";
        sendOnly("ACK sip:" + dialled + "@" + domain + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort() + ";branch=" + branch + ";rport\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:" + user + "@" + domain + ">;tag=" + callId.hashCode() + "\r\n"
                + "To: <sip:" + dialled + "@" + domain + ">;tag=" + toTag + "\r\nCall-ID: " + callId + "\r\n"
                + "CSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n");
        String uri = "sip:" + dialled + "@" + domain;
        String auth = authorization(first, user, password, uri, "INVITE");
        return send(invite(user, domain, dialled, callId, 2, "Proxy-Authorization: " + auth, sdp));
    }

    private String invite(String user, String domain, String dialled, String callId, int cseq, String authHeader, String sdp) {
        return "INVITE sip:" + dialled + "@" + domain + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort() + ";branch=z9hG4bK" + UUID.randomUUID() + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:" + user + "@" + domain + ">;tag=" + callId.hashCode() + "\r\n"
                + "To: <sip:" + dialled + "@" + domain + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " INVITE\r\n"
                + "Contact: <sip:" + user + "@127.0.0.1:" + localPort() + ">\r\n"
                + (authHeader == null ? "" : authHeader + "\r\n")
                + "Content-Type: application/sdp\r\n"
                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
    }

    public static String authorization(String challenge, String username, String password, String uri) {
        return authorization(challenge, username, password, uri, "REGISTER");
    }

    public static String authorization(String challenge, String username, String password, String uri, String method) {
        String realm = param(challenge, "realm").orElseThrow();
        String nonce = param(challenge, "nonce").orElseThrow();
        String ha1 = md5(username + ":" + realm + ":" + password);
        String ha2 = md5(method + ":" + uri);
        String cnonce = "c0ffee";
        String response = md5(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", response=\"" + response + "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"" + cnonce + "\"";
    }

    public static Optional<String> param(String message, String name) {
        Matcher m = Pattern.compile("[ ,]" + name + "=\"?([^\",\\r\\n]+)\"?").matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private void sendOnly(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", serverPort)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", serverPort)));
            while (true) {
                DatagramPacket reply = new DatagramPacket(new byte[8192], 8192);
                socket.receive(reply);
                String text = new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
                if (!text.startsWith("SIP/2.0 1")) {
                    return text;
                }
            }
        } catch (SocketTimeoutException e) {
            return "TIMEOUT";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
