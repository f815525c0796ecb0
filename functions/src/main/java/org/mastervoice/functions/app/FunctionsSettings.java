package org.mastervoice.functions.app;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Locale;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.config.InvalidSettingException;
import org.mastervoice.config.LogLevel;
import org.mastervoice.config.Setting;
import org.mastervoice.config.SettingValues;
import org.mastervoice.config.SettingsSource;

/** Settings of the functions web process, read once at start-up. */
public record FunctionsSettings(InetAddress bind, int httpPort, LogLevel logLevel, String mode, Path jwtKeyFile,
                                List<String> mediaNodes, AwsSettings aws) {

    public static final Setting BIND = new Setting("bind", "address the HTTP server listens on", "127.0.0.1");
    public static final Setting HTTP_PORT = new Setting("http-port", "HTTP port of the API (/graphql, /health) and web app", "8080");
    public static final Setting LOG_LEVEL = new Setting("log-level", "error, warn, info, debug or trace", "info");
    public static final Setting MODE = new Setting("mode", "LOCAL (one machine) or CLOUD", "LOCAL");
    public static final Setting MEDIA_NODES = new Setting("media-nodes",
            "ids of the media nodes to tell about directory changes, comma-separated", "local-1");
    public static final Setting JWT_KEY_FILE = new Setting("jwt-key-file",
            "file with the base64 HMAC key that signs access tokens (the launcher creates data/jwt.key)", null);

    public static List<Setting> all() {
        List<Setting> all = new ArrayList<>(List.of(BIND, HTTP_PORT, LOG_LEVEL, MODE, JWT_KEY_FILE, MEDIA_NODES));
        all.addAll(AwsSettings.ALL);
        return all;
    }

    /** The settings as Spring sees them: environment variables, system properties and test properties alike. */
    public static FunctionsSettings from(Function<String, String> property) {
        Map<String, String> values = new HashMap<>();
        for (Setting s : all()) {
            String v = property.apply(s.environmentVariable());
            if (v != null) {
                values.put(s.environmentVariable(), v);
            }
        }
        return from(SettingsSource.ofEnvironment(values));
    }

    public static FunctionsSettings from(SettingsSource source) {
        String mode = source.required(MODE).toUpperCase(Locale.ROOT);
        if (!mode.equals("LOCAL") && !mode.equals("CLOUD")) {
            throw new InvalidSettingException(MODE, mode, "unknown mode", "use LOCAL or CLOUD");
        }
        return new FunctionsSettings(
                SettingValues.bindAddress(BIND, source.required(BIND)),
                SettingValues.port(HTTP_PORT, source.required(HTTP_PORT)),
                SettingValues.logLevel(LOG_LEVEL, source.required(LOG_LEVEL)),
                mode,
                readableFile(JWT_KEY_FILE, source.required(JWT_KEY_FILE)),
                Arrays.stream(source.required(MEDIA_NODES).split(",")).map(String::strip).filter(n -> !n.isEmpty())
                        .map(n -> SettingValues.identifier(MEDIA_NODES, n)).toList(),
                AwsSettings.from(source));
    }

    private static Path readableFile(Setting setting, String text) {
        Path file = Path.of(text.strip()).toAbsolutePath();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidSettingException(setting, text, "is not a readable file", "give the path of an existing key file");
        }
        return file;
    }
}
