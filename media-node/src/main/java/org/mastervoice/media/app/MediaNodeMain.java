package org.mastervoice.media.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.mastervoice.config.InvalidSettingException;
import org.mastervoice.config.SettingsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one media node: SIP on UDP and TCP, and the node's HTTP port; stops both on SIGTERM/SIGINT.
 * Exits 2 on a bad setting and 1 when a port cannot be bound, always explicitly: a half-started SIP stack
 * can leave non-daemon threads behind (STACK.md).
 */
public final class MediaNodeMain {

    private static final Logger LOG = LoggerFactory.getLogger(MediaNodeMain.class);

    private MediaNodeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        MediaNodeSettings settings;
        try {
            settings = MediaNodeSettings.from(SettingsSource.of(List.of(args), System.getenv())
                    .requireOnly(MediaNodeSettings.all()));
        } catch (InvalidSettingException | IllegalArgumentException e) {
            System.err.println("media-node: " + e.getMessage());
            System.exit(InvalidSettingException.EXIT_CODE);
            return;
        }
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(settings.logLevel().name()));
        // jain-sip's stack logger is named after the stack and warns at every start that TLS is not configured
        logging.getLogger("mastervoice-" + settings.nodeId()).setLevel(Level.ERROR);

        MediaNode node = new MediaNode(settings, Clock.systemUTC());
        try {
            node.start();
        } catch (RuntimeException e) {
            LOG.error("media node {} cannot start: {}", settings.nodeId(), e.getMessage());
            node.close();
            System.exit(1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("media node {} stopping", settings.nodeId());
            node.close();
            stopped.countDown();
        }, "media-node-shutdown"));
        LOG.info("media node {} ready: SIP udp+tcp {}:{}, HTTP {}:{}, RTP {}", settings.nodeId(),
                settings.bind().getHostAddress(), settings.sipPort(), settings.bind().getHostAddress(),
                settings.httpPort(), settings.rtpPorts());
        stopped.await();
    }

}
