package org.mastervoice.local;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.mastervoice.config.InvalidSettingException;
import org.mastervoice.config.Setting;

/**
 * Fails fast, before anything starts, when a port the platform needs is taken; the message names the port,
 * the protocol and the setting to change. Binding and releasing is the only reliable test (a connect
 * probe misses UDP and sockets bound to another address).
 */
public final class PortCheck {

    public enum Protocol { TCP, UDP }

    /** A port the platform will bind, and the setting that chooses it. */
    public record Need(Setting setting, int port, Protocol protocol) {
    }

    private PortCheck() {
    }

    public static List<Need> needs(PlatformSettings s) {
        List<Need> needs = new ArrayList<>();
        needs.add(new Need(PlatformSettings.HTTP_PORT, s.httpPort(), Protocol.TCP));
        needs.add(new Need(PlatformSettings.SIP_PORT, s.sipPort(), Protocol.UDP));
        needs.add(new Need(PlatformSettings.SIP_PORT, s.sipPort(), Protocol.TCP));
        needs.add(new Need(PlatformSettings.MEDIA_HTTP_PORT, s.mediaHttpPort(), Protocol.TCP));
        needs.add(new Need(PlatformSettings.DYNAMODB_PORT, s.dynamodbPort(), Protocol.TCP));
        needs.add(new Need(PlatformSettings.SQS_PORT, s.sqsPort(), Protocol.TCP));
        return needs;
    }

    /** @throws InvalidSettingException for the first port that is taken or given twice */
    public static void requireFree(InetAddress bind, List<Need> needs) {
        List<String> seen = new ArrayList<>();
        for (Need need : needs) {
            String key = need.protocol() + "/" + need.port();
            if (seen.contains(key)) {
                throw new InvalidSettingException(need.setting(), String.valueOf(need.port()),
                        need.protocol() + " port " + need.port() + " is also chosen by another setting",
                        "give each service its own port");
            }
            seen.add(key);
            if (!isFree(bind, need.port(), need.protocol())) {
                throw new InvalidSettingException(need.setting(), String.valueOf(need.port()),
                        need.protocol() + " port " + need.port() + " is already in use on " + bind.getHostAddress(),
                        "stop the program using it, or choose another port with " + need.setting().flag() + " <port>");
            }
        }
    }

    static boolean isFree(InetAddress bind, int port, Protocol protocol) {
        InetSocketAddress address = new InetSocketAddress(bind, port);
        try {
            if (protocol == Protocol.TCP) {
                try (ServerSocket socket = new ServerSocket()) {
                    // what the servers will do themselves, so TIME_WAIT leftovers of our last run do not count
                    socket.setReuseAddress(true);
                    socket.bind(address);
                }
            } else {
                try (DatagramSocket socket = new DatagramSocket(address)) {
                    socket.getLocalPort();
                }
            }
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
