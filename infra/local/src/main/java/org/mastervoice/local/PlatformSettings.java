package org.mastervoice.local;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mastervoice.config.LogLevel;
import org.mastervoice.config.PortRange;
import org.mastervoice.config.Setting;
import org.mastervoice.config.SettingValues;
import org.mastervoice.config.SettingsSource;

/**
 * Everything {@code ./mastervoice up} can be told, each as flag and as MASTERVOICE_ variable.
 * The README and {@code ./mastervoice --help} list the same settings; a test keeps them in step.
 */
public record PlatformSettings(Path home, Path dataDir, InetAddress bind, int httpPort, int sipPort, int mediaHttpPort,
                               PortRange rtpPorts, int dynamodbPort, int sqsPort, LogLevel logLevel, Optional<InetAddress> publicAddress) {

    public static final Setting HOME = new Setting("home", "the installation's root folder (set by ./mastervoice)", ".");
    public static final Setting DATA_DIR = new Setting("data-dir", "where data is kept (DynamoDB tables, credentials)", "./data");
    public static final Setting BIND = new Setting("bind", "address every service listens on", "127.0.0.1");
    public static final Setting HTTP_PORT = new Setting("http-port", "HTTP port of the web app and API (/graphql, /health)", "8080");
    public static final Setting SIP_PORT = new Setting("sip-port", "SIP port of the media node, UDP and TCP", "5060");
    public static final Setting MEDIA_HTTP_PORT = new Setting("media-http-port", "the media node's HTTP/WebSocket port", "8088");
    public static final Setting RTP_PORTS = new Setting("rtp-ports", "UDP port range for RTP media, first-last", "20000-20999");
    public static final Setting DYNAMODB_PORT = new Setting("dynamodb-port", "port of the local DynamoDB (dynalite)", "8000");
    public static final Setting SQS_PORT = new Setting("sqs-port", "port of the local SQS (ElasticMQ)", "9324");
    public static final Setting LOG_LEVEL = new Setting("log-level", "error, warn, info, debug or trace", "info");
    public static final Setting PUBLIC_ADDRESS = new Setting("public-address",
            "address phones reach SIP and RTP at (default: the bind address, or this machine's LAN address for 0.0.0.0)", null);

    public static final List<Setting> ALL = List.of(HOME, DATA_DIR, BIND, HTTP_PORT, SIP_PORT, MEDIA_HTTP_PORT, RTP_PORTS,
            DYNAMODB_PORT, SQS_PORT, LOG_LEVEL, PUBLIC_ADDRESS);

    public static PlatformSettings from(SettingsSource source) {
        Path home = Path.of(source.required(HOME)).toAbsolutePath().normalize();
        // a relative data dir is relative to where the user runs the command, like any CLI path
        return new PlatformSettings(
                home,
                SettingValues.writableDirectory(DATA_DIR, source.required(DATA_DIR)),
                SettingValues.bindAddress(BIND, source.required(BIND)),
                SettingValues.port(HTTP_PORT, source.required(HTTP_PORT)),
                SettingValues.port(SIP_PORT, source.required(SIP_PORT)),
                SettingValues.port(MEDIA_HTTP_PORT, source.required(MEDIA_HTTP_PORT)),
                SettingValues.rtpPortRange(RTP_PORTS, source.required(RTP_PORTS)),
                SettingValues.port(DYNAMODB_PORT, source.required(DYNAMODB_PORT)),
                SettingValues.port(SQS_PORT, source.required(SQS_PORT)),
                SettingValues.logLevel(LOG_LEVEL, source.required(LOG_LEVEL)),
                source.value(PUBLIC_ADDRESS).map(v -> SettingValues.bindAddress(PUBLIC_ADDRESS, v)));
    }

    /** The address clients use to reach a service bound here: the wildcard is reached through loopback. */
    public String reachableHost() {
        return bind.isAnyLocalAddress() ? "127.0.0.1" : bind.getHostAddress();
    }

    public String url(int port) {
        String host = reachableHost();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
