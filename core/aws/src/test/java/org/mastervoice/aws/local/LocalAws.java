package org.mastervoice.aws.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.ResourceSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test fixture: one in-memory dynalite per test JVM, started on a free port on first use and stopped when the
 * JVM exits. Each caller gets its own resource prefix, so tests sharing the server never see each other's
 * tables. SQS is not needed here, so its endpoint points at nothing.
 */
public final class LocalAws {

    private static final Logger LOG = LoggerFactory.getLogger("dynalite");
    private static Dynalite dynalite;

    private LocalAws() {
    }

    public static synchronized Dynalite dynalite() {
        if (dynalite == null) {
            dynalite = Dynalite.start(home(), "127.0.0.1", freePort(), Optional.empty(), LOG::debug);
            Dynalite started = dynalite;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return dynalite;
    }

    /** Settings and clients of an isolated set of tables on the shared dynalite. */
    public record Tables(AwsSettings settings, AwsClients clients) {
    }

    /** A fresh, isolated set of the platform's tables (created) on the shared dynalite. */
    public static Tables freshTables() {
        AwsSettings settings = AwsSettings.local(dynalite().endpoint(), URI.create("http://127.0.0.1:1"),
                "t" + UUID.randomUUID().toString().substring(0, 8));
        AwsClients clients = new AwsClients(settings);
        new ResourceSetup(clients, settings).ensureTables();
        return new Tables(settings, clients);
    }

    /** The repository root: from -Dmastervoice.home (set by Maven), else the nearest parent holding the root pom. */
    public static Path home() {
        String property = System.getProperty("mastervoice.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mastervoice"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root; pass -Dmastervoice.home");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
