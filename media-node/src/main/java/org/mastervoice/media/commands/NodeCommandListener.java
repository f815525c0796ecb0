package org.mastervoice.media.commands;

import java.time.Duration;
import java.util.List;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformQueue;
import org.mastervoice.aws.sqs.Backoff;
import org.mastervoice.aws.sqs.SqsDirectoryEvents;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.media.directory.DirectoryCache;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.LocationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Long-polls this node's command queue on a virtual thread and applies what it reads: a directory change
 * empties the matching cache entries, and a deleted or re-keyed device loses its registrations at once.
 * While SQS is unreachable it retries with back-off; SIP never waits for it.
 */
public final class NodeCommandListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeCommandListener.class);

    private final SqsClient sqs;
    private final String queueName;
    private final DirectoryCache directory;
    private final LocationService locations;
    private volatile boolean running = true;
    private Thread worker;

    public NodeCommandListener(SqsClient sqs, AwsSettings settings, String nodeId, DirectoryCache directory, LocationService locations) {
        this.sqs = sqs;
        this.queueName = settings.name(PlatformQueue.nodeCommandsBaseName(nodeId));
        this.directory = directory;
        this.locations = locations;
    }

    public void start() {
        worker = Thread.ofVirtual().name("node-commands").start(this::run);
    }

    private void run() {
        long backoff = 500;
        boolean warned = false;
        String url = null;
        while (running) {
            try {
                if (url == null) {
                    url = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
                }
                String queue = url;
                List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(2)).messages();
                for (Message m : messages) {
                    apply(m.body());
                    sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
                }
                backoff = 500;
                warned = false;
            } catch (SdkException e) {
                if (!warned) {
                    LOG.warn("node command queue {} unreachable, retrying: {}", queueName, e.getMessage());
                    warned = true;
                }
                Backoff.pause(backoff, () -> running);
                backoff = Math.min(backoff * 2, Duration.ofSeconds(30).toMillis());
            } catch (RuntimeException e) {
                LOG.warn("node command not applied: {}", e.toString());
            }
        }
    }

    /** Applies one command line; unknown commands are logged and dropped. */
    public void apply(String command) {
        DirectoryChange change = SqsDirectoryEvents.decode(command);
        if (change == null) {
            LOG.warn("unknown node command dropped: {}", command);
            return;
        }
        directory.forget(change);
        if (change.dropRegistrations() && change.kind() == DirectoryChange.Kind.DEVICE) {
            locations.unregisterAll(new AddressOfRecord(change.tenant(), change.key()));
        }
    }

    @Override
    public void close() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
