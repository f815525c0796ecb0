package org.mastervoice.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the platform's tables and queues when missing, and leaves existing ones alone, so it can run at
 * every start. In the cloud the infrastructure code creates them; this is for one-machine mode and tests.
 */
public final class ResourceSetup {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceSetup.class);

    private final AwsClients clients;
    private final AwsSettings settings;

    public ResourceSetup(AwsClients clients, AwsSettings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    /** Ensures every table and queue, including the command queue of each node id; returns the tables it created. */
    public List<String> ensureAll(List<String> nodeIds) {
        List<String> created = ensureTables();
        ensureQueues(nodeIds);
        return created;
    }

    /** Ensures every table; returns the names of those it had to create. */
    public List<String> ensureTables() {
        List<String> created = new ArrayList<>();
        for (PlatformTable table : PlatformTable.values()) {
            if (ensureTable(table)) {
                created.add(settings.name(table.baseName()));
            }
        }
        return created;
    }

    /** Ensures every queue, dead-letter queues first, and the command queue of each node id. */
    public void ensureQueues(List<String> nodeIds) {
        for (PlatformQueue queue : PlatformQueue.values()) {
            ensureQueue(settings.name(queue.baseName()), queue.attributes(), queue.deadLetterQueue().orElse(null));
        }
        for (String nodeId : nodeIds) {
            ensureQueue(settings.name(PlatformQueue.nodeCommandsBaseName(nodeId)), Map.of(), null);
        }
    }

    private boolean ensureTable(PlatformTable table) {
        DynamoDbClient ddb = clients.dynamoDb();
        String name = settings.name(table.baseName());
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(
                stringAttribute(PlatformTable.PARTITION_KEY), stringAttribute(PlatformTable.SORT_KEY)));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key(PlatformTable.PARTITION_KEY, KeyType.HASH), key(PlatformTable.SORT_KEY, KeyType.RANGE));
        if (table.indexed()) {
            attributes.add(stringAttribute(PlatformTable.INDEX_PARTITION_KEY));
            attributes.add(stringAttribute(PlatformTable.INDEX_SORT_KEY));
            request.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                    .indexName(PlatformTable.INDEX)
                    .keySchema(key(PlatformTable.INDEX_PARTITION_KEY, KeyType.HASH),
                            key(PlatformTable.INDEX_SORT_KEY, KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build());
        }
        boolean created;
        try {
            ddb.createTable(request.attributeDefinitions(attributes).build());
            created = true;
        } catch (ResourceInUseException exists) {
            created = false;
        }
        // the default waiter polls every 20 s; dynalite is ready in milliseconds
        ddb.waiter().waitUntilTableExists(DescribeTableRequest.builder().tableName(name).build(),
                WaiterOverrideConfiguration.builder()
                        .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100)))
                        .maxAttempts(600).build());
        if (created) {
            table.ttlAttribute().ifPresent(attribute -> enableTtl(name, attribute));
        }
        return created;
    }

    private void enableTtl(String table, String attribute) {
        try {
            clients.dynamoDb().updateTimeToLive(b -> b.tableName(table)
                    .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(true)));
        } catch (DynamoDbException unsupported) {
            // dynalite has no UpdateTimeToLive; the node expires its own entries, so TTL is only housekeeping
            LOG.debug("time to live not enabled on {}: {}", table, unsupported.getMessage());
        }
    }

    private void ensureQueue(String name, Map<String, String> attributes, PlatformQueue deadLetterQueue) {
        SqsClient sqs = clients.sqs();
        Map<String, String> all = new HashMap<>(attributes);
        if (deadLetterQueue != null) {
            String dlqUrl = sqs.getQueueUrl(b -> b.queueName(settings.name(deadLetterQueue.baseName()))).queueUrl();
            String dlqArn = sqs.getQueueAttributes(GetQueueAttributesRequest.builder().queueUrl(dlqUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN).build()).attributes().get(QueueAttributeName.QUEUE_ARN);
            all.put("RedrivePolicy", "{\"maxReceiveCount\":\"" + PlatformQueue.MAX_RECEIVES
                    + "\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}");
        }
        // CreateQueue is idempotent when the attributes match, which they do: they come from this code
        sqs.createQueue(b -> b.queueName(name).attributesWithStrings(all));
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
