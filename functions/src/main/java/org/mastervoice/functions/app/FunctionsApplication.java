package org.mastervoice.functions.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mastervoice.config.InvalidSettingException;
import org.mastervoice.config.SettingsSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The functions as one local web process: spring-cloud-function-web exposes each function bean at
 * {@code /<bean name>} ({@code /graphql}, {@code /health}). In the cloud the same beans run on Lambda.
 */
@SpringBootApplication
public class FunctionsApplication {

    public static void main(String[] args) {
        FunctionsSettings settings;
        try {
            settings = FunctionsSettings.from(SettingsSource.of(List.of(args), System.getenv())
                    .requireOnly(FunctionsSettings.all()));
        } catch (InvalidSettingException | IllegalArgumentException e) {
            System.err.println("functions: " + e.getMessage());
            System.exit(InvalidSettingException.EXIT_CODE);
            return;
        }
        SpringApplication app = new SpringApplication(FunctionsApplication.class);
        app.setDefaultProperties(Map.of(
                "server.address", settings.bind().getHostAddress(),
                "server.port", String.valueOf(settings.httpPort()),
                "logging.level.root", settings.logLevel().name().toLowerCase(Locale.ROOT),
                "spring.main.banner-mode", "off"));
        app.run();
    }
}
