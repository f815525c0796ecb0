package org.mastervoice.aws;

import java.util.Map;
import java.util.Optional;

/** The SQS queues of the platform (DESIGN.md section 5). */
public enum PlatformQueue {
    /** Call events, FIFO with MessageGroupId = call id so one call's events stay ordered. */
    CALL_EVENTS("call-events.fifo", Map.of("FifoQueue", "true", "ContentBasedDeduplication", "false"), null),
    /** Webhook deliveries that exhausted their retries. */
    WEBHOOK_DELIVERIES_DLQ("webhook-deliveries-dlq", Map.of("MessageRetentionPeriod", "1209600"), null),
    /** Signed webhook deliveries, retried with back-off, then moved to the dead-letter queue. */
    WEBHOOK_DELIVERIES("webhook-deliveries", Map.of(), WEBHOOK_DELIVERIES_DLQ);

    /** Receives after which a webhook delivery is dead-lettered. */
    public static final int MAX_RECEIVES = 8;

    private final String baseName;
    private final Map<String, String> attributes;
    private final PlatformQueue deadLetterQueue;

    PlatformQueue(String baseName, Map<String, String> attributes, PlatformQueue deadLetterQueue) {
        this.baseName = baseName;
        this.attributes = attributes;
        this.deadLetterQueue = deadLetterQueue;
    }

    public String baseName() {
        return baseName;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public Optional<PlatformQueue> deadLetterQueue() {
        return Optional.ofNullable(deadLetterQueue);
    }

    /** The command queue of one media node: originate, hang up, transfer... for the calls it owns. */
    public static String nodeCommandsBaseName(String nodeId) {
        return "node-commands-" + nodeId;
    }
}
