package org.mastervoice.functions.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformTable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * GET /health: {@code status} is UP when the process serves requests and can reach the registry table,
 * DOWN (with the reason) otherwise, so a launcher or load balancer waits for a usable process, not a live one.
 */
public final class HealthFunction implements Supplier<Map<String, Object>> {

    private final DynamoDbClient dynamoDb;
    private final String registryTable;
    private final String version;

    public HealthFunction(DynamoDbClient dynamoDb, AwsSettings aws, String version) {
        this.dynamoDb = dynamoDb;
        this.registryTable = aws.name(PlatformTable.REGISTRY.baseName());
        this.version = version;
    }

    @Override
    public Map<String, Object> get() {
        Map<String, Object> body = new LinkedHashMap<>();
        String registry;
        try {
            registry = dynamoDb.describeTable(b -> b.tableName(registryTable)).table().tableStatusAsString();
        } catch (SdkException e) {
            registry = "UNREACHABLE: " + e.getMessage();
        }
        body.put("status", "ACTIVE".equals(registry) ? "UP" : "DOWN");
        body.put("service", "functions");
        body.put("version", version);
        body.put("registry", registry);
        return body;
    }
}
