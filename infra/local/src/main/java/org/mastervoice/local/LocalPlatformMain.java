package org.mastervoice.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import org.mastervoice.config.InvalidSettingException;
import org.mastervoice.config.SettingsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./mastervoice up}: runs the platform in the foreground until SIGINT/SIGTERM.
 * Exit codes: 2 for a setting to fix (including a port in use), 1 when a service fails to start or dies, and
 * after SIGINT/SIGTERM the JVM's 130/143 once every service has stopped.
 */
public final class LocalPlatformMain {

    private LocalPlatformMain() {
    }

    public static void main(String[] args) {
        PlatformSettings settings;
        try {
            settings = PlatformSettings.from(SettingsSource.of(List.of(args), System.getenv()).requireOnly(PlatformSettings.ALL));
            PortCheck.requireFree(settings.bind(), PortCheck.needs(settings));
        } catch (InvalidSettingException | IllegalArgumentException e) {
            System.err.println("mastervoice: " + e.getMessage());
            System.exit(InvalidSettingException.EXIT_CODE);
            return;
        }
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME)
                .setLevel(Level.toLevel(settings.logLevel().name()));

        LocalPlatform platform = new LocalPlatform(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "mastervoice-stop"));
        try {
            platform.start();
        } catch (RuntimeException | Error e) {
            // Errors too: ElasticMQ's threads would otherwise keep a half-started platform alive
            System.err.println("mastervoice: " + e);
            platform.stop();
            System.exit(1);
            return;
        }
        String why = platform.awaitUnexpectedExit();
        System.err.println("mastervoice: " + why + "; stopping the platform");
        platform.stop();
        System.exit(1);
    }
}
