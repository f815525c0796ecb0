package org.mastervoice.aws.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformTable;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.ContactBinding;
import org.mastervoice.registration.LocationStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Registrations in the {@code locations} table: one item per address of record ({@code TENANT#<id>} /
 * {@code AOR#<username>}) holding its bindings, with {@code expiresAt} (epoch seconds of the last binding to
 * expire) as the TTL attribute so DynamoDB drops abandoned ones.
 */
public final class DynamoDbLocationStore implements LocationStore {

    private static final EnhancedType<Map<String, String>> BINDING = EnhancedType.mapOf(String.class, String.class);

    private final DynamoDbTable<EnhancedDocument> table;

    public DynamoDbLocationStore(DynamoDbClient client, AwsSettings settings) {
        TableSchema<EnhancedDocument> schema = TableSchema.documentSchemaBuilder()
                .addIndexPartitionKey(TableMetadata.primaryIndexName(), PlatformTable.PARTITION_KEY, AttributeValueType.S)
                .addIndexSortKey(TableMetadata.primaryIndexName(), PlatformTable.SORT_KEY, AttributeValueType.S)
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .build();
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(settings.name(PlatformTable.LOCATIONS.baseName()), schema);
    }

    @Override
    public void save(AddressOfRecord aor, List<ContactBinding> bindings) {
        String pk = TenantItem.pk(aor.tenant());
        String sk = "AOR#" + aor.username();
        if (bindings.isEmpty()) {
            table.deleteItem(Key.builder().partitionValue(pk).sortValue(sk).build());
            return;
        }
        List<Map<String, String>> encoded = new ArrayList<>();
        for (ContactBinding b : bindings) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("uri", b.uri());
            m.put("expiresAt", b.expiresAt().toString());
            m.put("callId", b.callId());
            m.put("cseq", Long.toString(b.cseq()));
            putIfSet(m, "instanceId", b.instanceId());
            putIfSet(m, "regId", b.regId() == null ? null : b.regId().toString());
            putIfSet(m, "source", b.source());
            putIfSet(m, "userAgent", b.userAgent());
            encoded.add(m);
        }
        long lastExpiry = bindings.stream().mapToLong(b -> b.expiresAt().getEpochSecond()).max().orElseThrow();
        table.putItem(EnhancedDocument.builder()
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .putString(PlatformTable.PARTITION_KEY, pk)
                .putString(PlatformTable.SORT_KEY, sk)
                .putString(RegistryTable.TENANT_ID, aor.tenant().value())
                .putString("username", aor.username())
                .putList("bindings", encoded, BINDING)
                .putNumber(PlatformTable.LOCATIONS.ttlAttribute().orElseThrow(), lastExpiry)
                .build());
    }

    @Override
    public Map<AddressOfRecord, List<ContactBinding>> loadAll() {
        Map<AddressOfRecord, List<ContactBinding>> all = new HashMap<>();
        for (EnhancedDocument d : table.scan().items()) {
            AddressOfRecord aor = new AddressOfRecord(new TenantId(d.getString(RegistryTable.TENANT_ID)), d.getString("username"));
            List<ContactBinding> bindings = new ArrayList<>();
            for (Map<String, String> m : d.getList("bindings", BINDING)) {
                bindings.add(new ContactBinding(m.get("uri"), Instant.parse(m.get("expiresAt")), m.get("instanceId"),
                        m.get("regId") == null ? null : Integer.valueOf(m.get("regId")), m.get("callId"),
                        Long.parseLong(m.get("cseq")), m.get("source"), m.get("userAgent")));
            }
            all.put(aor, bindings);
        }
        return all;
    }

    private static void putIfSet(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
