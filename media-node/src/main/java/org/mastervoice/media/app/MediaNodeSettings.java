package org.mastervoice.media.app;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.config.LogLevel;
import org.mastervoice.config.PortRange;
import org.mastervoice.config.Setting;
import org.mastervoice.config.SettingValues;
import org.mastervoice.config.SettingsSource;

/** Settings of one media node, read once at start-up. */
public record MediaNodeSettings(String nodeId, InetAddress bind, int sipPort, int httpPort, PortRange rtpPorts,
                                LogLevel logLevel, Optional<Path> sharedKeyFile, Optional<InetAddress> publicAddress,
                                AwsSettings aws) {

    public static final Setting NODE_ID = new Setting("node-id", "this media node's id (names its command queue)", "local-1");
    public static final Setting BIND = new Setting("bind", "address SIP, RTP and HTTP listen on", "127.0.0.1");
    public static final Setting SIP_PORT = new Setting("sip-port", "SIP port, UDP and TCP", "5060");
    public static final Setting MEDIA_HTTP_PORT = new Setting("media-http-port",
            "the media node's HTTP/WebSocket port (health, live state, SIP over WebSocket)", "8088");
    public static final Setting RTP_PORTS = new Setting("rtp-ports", "UDP port range for RTP media, first-last", "20000-20999");
    public static final Setting LOG_LEVEL = new Setting("log-level", "error, warn, info, debug or trace", "info");
    /** The installation's shared secret; digest nonces are keyed from it so any node accepts another's nonce. */
    public static final Setting PUBLIC_ADDRESS = new Setting("public-address",
            "address phones reach SIP and RTP at (default: the bind address, or the LAN address for 0.0.0.0)", null);
    public static final Setting JWT_KEY_FILE = new Setting("jwt-key-file", "the installation's shared key file", null);

    public static List<Setting> all() {
        List<Setting> all = new ArrayList<>(List.of(NODE_ID, BIND, SIP_PORT, MEDIA_HTTP_PORT, RTP_PORTS, LOG_LEVEL, JWT_KEY_FILE, PUBLIC_ADDRESS));
        all.addAll(AwsSettings.ALL);
        return all;
    }

    public static MediaNodeSettings from(SettingsSource source) {
        return new MediaNodeSettings(
                SettingValues.identifier(NODE_ID, source.required(NODE_ID)),
                SettingValues.bindAddress(BIND, source.required(BIND)),
                SettingValues.port(SIP_PORT, source.required(SIP_PORT)),
                SettingValues.port(MEDIA_HTTP_PORT, source.required(MEDIA_HTTP_PORT)),
                SettingValues.rtpPortRange(RTP_PORTS, source.required(RTP_PORTS)),
                SettingValues.logLevel(LOG_LEVEL, source.required(LOG_LEVEL)),
                source.value(JWT_KEY_FILE).map(Path::of),
                source.value(PUBLIC_ADDRESS).map(v -> SettingValues.bindAddress(PUBLIC_ADDRESS, v)),
                AwsSettings.from(source));
    }

    /**
     * The address written into SDP and Contact: the configured public address, else the bind address, else
     * (bound to every interface) the first up, non-loopback IPv4 address of this machine, else loopback.
     */
    public String advertisedHost() {
        if (publicAddress.isPresent()) {
            return publicAddress.get().getHostAddress();
        }
        if (!bind.isAnyLocalAddress()) {
            return bind.getHostAddress();
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // fall back to loopback below
        }
        return "127.0.0.1";
    }
}
