package org.mastervoice.aws.sqs;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformQueue;
import org.mastervoice.call.CallEvent;
import org.mastervoice.call.CallEventPublisher;
import org.mastervoice.call.CallEventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Publishes call events to the FIFO queue {@code call-events.fifo}: MessageGroupId = call id keeps one
 * call's events in order, MessageDeduplicationId = call id + sequence makes a resend harmless. Calls hand
 * events to a bounded in-memory queue and go on; one background thread sends them in order, retrying with
 * back-off while SQS is unreachable.
 */
public final class SqsCallEventPublisher implements CallEventPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqsCallEventPublisher.class);
    private static final int CAPACITY = 100_000;

    private final SqsClient sqs;
    private final AwsSettings settings;
    private final BlockingQueue<CallEvent> pending = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread sender;
    private volatile boolean closing;
    private volatile String queueUrl;

    public SqsCallEventPublisher(SqsClient sqs, AwsSettings settings) {
        this.sqs = sqs;
        this.settings = settings;
        this.sender = Thread.ofVirtual().name("call-events").start(this::run);
    }

    @Override
    public void publish(CallEvent event) {
        if (!pending.offer(event)) {
            LOG.error("call event queue full ({}): dropping {} of call {}", CAPACITY, event.getClass().getSimpleName(), event.callId());
        }
    }

    private void run() {
        long backoff = 100;
        while (!(closing && pending.isEmpty())) {
            CallEvent event;
            try {
                event = pending.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (event == null) {
                continue;
            }
            while (true) {
                try {
                    send(event);
                    backoff = 100;
                    break;
                } catch (SdkException e) {
                    LOG.warn("could not send call event (retrying in {} ms): {}", backoff, e.getMessage());
                    if (closing) {
                        return;
                    }
                    Backoff.pause(backoff, () -> !closing);
                    backoff = Math.min(backoff * 2, Duration.ofSeconds(10).toMillis());
                }
            }
        }
    }

    private void send(CallEvent event) {
        if (queueUrl == null) {
            queueUrl = sqs.getQueueUrl(b -> b.queueName(settings.name(PlatformQueue.CALL_EVENTS.baseName()))).queueUrl();
        }
        sqs.sendMessage(b -> b.queueUrl(queueUrl)
                .messageGroupId(event.callId())
                .messageDeduplicationId(event.callId() + "-" + event.sequence())
                .messageBody(CallEventJson.toJson(event)));
    }

    /** Sends what is queued (up to a few seconds), then stops; a sender stuck on an unreachable SQS is interrupted. */
    @Override
    public void close() {
        closing = true;
        try {
            if (!sender.join(Duration.ofSeconds(3))) {
                sender.interrupt();
                LOG.warn("{} call events not sent at shutdown", pending.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
