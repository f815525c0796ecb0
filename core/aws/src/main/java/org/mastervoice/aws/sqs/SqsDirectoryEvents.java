package org.mastervoice.aws.sqs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformQueue;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.directory.DirectoryEvents;
import org.mastervoice.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Sends each directory change to the command queue of every media node ({@code node-commands-<id>}), as a
 * one-line text {@code directory-changed <tenant> <kind> <drop-registrations> <key>}. A node that misses one
 * still catches up when its cache entry expires, so a failed send is logged, not fatal to the API call. Sends
 * happen on a background thread, in order: the API call that made the change does not wait for SQS.
 */
public final class SqsDirectoryEvents implements DirectoryEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqsDirectoryEvents.class);
    static final String COMMAND = "directory-changed";

    private final SqsClient sqs;
    private final AwsSettings settings;
    private final List<String> nodeIds;
    private final Map<String, String> queueUrls = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("directory-events").factory());

    public SqsDirectoryEvents(SqsClient sqs, AwsSettings settings, List<String> nodeIds) {
        this.sqs = sqs;
        this.settings = settings;
        this.nodeIds = List.copyOf(nodeIds);
    }

    @Override
    public void changed(DirectoryChange change) {
        sender.execute(() -> send(change));
    }

    private void send(DirectoryChange change) {
        String body = encode(change);
        for (String node : nodeIds) {
            try {
                String url = queueUrls.computeIfAbsent(node, n -> sqs.getQueueUrl(b -> b.queueName(
                        settings.name(PlatformQueue.nodeCommandsBaseName(n)))).queueUrl());
                sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
            } catch (SdkException e) {
                LOG.warn("node {} not told that {} changed: {}", node, change, e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        sender.shutdown();
    }

    public static String encode(DirectoryChange c) {
        return COMMAND + " " + c.tenant().value() + " " + c.kind() + " " + c.dropRegistrations() + " " + c.key();
    }

    /** The change a command line names, or null for another command. */
    public static DirectoryChange decode(String line) {
        String[] p = line.strip().split(" ", 5);
        if (p.length != 5 || !p[0].equals(COMMAND)) {
            return null;
        }
        return new DirectoryChange(new TenantId(p[1]), DirectoryChange.Kind.valueOf(p[2]), p[4], Boolean.parseBoolean(p[3]));
    }
}
