package org.mastervoice.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a setting's text into a checked value, or an {@link InvalidSettingException} naming the fix. */
public final class SettingValues {

    /** RTP needs an even first port (RTCP takes the odd one) and room for at least a few calls. */
    static final int MIN_RTP_PORTS = 4;

    private SettingValues() {
    }

    public static int port(Setting setting, String text) {
        int port;
        try {
            port = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(setting, text, "not a port number",
                    "give a number from 1 to 65535, e.g. " + setting.flag() + " " + setting.defaultValue());
        }
        if (port < 1 || port > 65_535) {
            throw new InvalidSettingException(setting, text, "port out of range",
                    "give a number from 1 to 65535, e.g. " + setting.flag() + " " + setting.defaultValue());
        }
        return port;
    }

    /** "20000-20999": an inclusive range starting on an even port (RTP even, RTCP odd). */
    public static PortRange rtpPortRange(Setting setting, String text) {
        String fix = "give first-last with an even first port and at least " + MIN_RTP_PORTS
                + " ports, e.g. " + setting.flag() + " 20000-20999";
        String[] parts = text.strip().split("-", -1);
        if (parts.length != 2) {
            throw new InvalidSettingException(setting, text, "not a port range", fix);
        }
        int first;
        int last;
        try {
            first = Integer.parseInt(parts[0].strip());
            last = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(setting, text, "not a port range", fix);
        }
        if (first < 1024 || last > 65_535 || first > last) {
            throw new InvalidSettingException(setting, text, "ports must lie within 1024-65535 with first <= last", fix);
        }
        if (first % 2 != 0) {
            throw new InvalidSettingException(setting, text, "the first RTP port must be even", fix);
        }
        if (last - first + 1 < MIN_RTP_PORTS) {
            throw new InvalidSettingException(setting, text, "too few ports", fix);
        }
        return new PortRange(first, last);
    }

    /** A literal IP address to bind to (no DNS lookup: a name could resolve differently later). */
    public static InetAddress bindAddress(Setting setting, String text) {
        String value = text.strip();
        boolean literal = value.matches("[0-9.]+") || value.contains(":");
        if (!literal) {
            throw new InvalidSettingException(setting, text, "not an IP address",
                    "give a literal address such as 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces)");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new InvalidSettingException(setting, text, "not an IP address",
                    "give a literal address such as 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces)");
        }
    }

    public static LogLevel logLevel(Setting setting, String text) {
        try {
            return LogLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, text, "not a log level", "use one of "
                    + Arrays.stream(LogLevel.values()).map(l -> l.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }

    /** A directory this process can write to, created when missing; returned absolute and normalised. */
    public static Path writableDirectory(Setting setting, String text) {
        Path dir;
        try {
            dir = Path.of(text.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(setting, text, "not a valid path", "give a directory path");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidSettingException(setting, text, "exists but is not a directory",
                    "give a directory, e.g. " + setting.flag() + " ./data");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidSettingException(setting, text, "cannot be created (" + e.getClass().getSimpleName() + ")",
                    "give a directory you can write to, e.g. " + setting.flag() + " ./data");
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidSettingException(setting, text, "is not writable",
                    "give a directory you can write to, or change its permissions");
        }
        return dir;
    }

    /** An absolute http(s) URL such as a service endpoint. */
    public static URI httpUrl(Setting setting, String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(text, "needs http(s)://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(setting, text, "not an http(s) URL",
                    "give a URL such as http://127.0.0.1:8000");
        }
    }

    /** A short identifier made of lower-case letters, digits and dashes (node ids, name prefixes). */
    public static String identifier(Setting setting, String text) {
        String value = text.strip();
        if (!value.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidSettingException(setting, text, "not an identifier",
                    "use 1-40 lower-case letters, digits and dashes, starting with a letter or digit");
        }
        return value;
    }
}
