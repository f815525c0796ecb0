package org.mastervoice.aws.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformTable;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.Cursors;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The registry table as schemaless documents: each *Item class maps one kind of item to and from a document. */
final class RegistryTable {

    static final String TENANT_ID = "tenantId";

    private static final Expression ABSENT = Expression.builder()
            .expression("attribute_not_exists(#pk)")
            .expressionNames(Map.of("#pk", PlatformTable.PARTITION_KEY))
            .build();

    private static final Expression PRESENT = Expression.builder()
            .expression("attribute_exists(#pk)")
            .expressionNames(Map.of("#pk", PlatformTable.PARTITION_KEY))
            .build();

    private final DynamoDbTable<EnhancedDocument> table;

    RegistryTable(DynamoDbClient client, AwsSettings settings) {
        TableSchema<EnhancedDocument> schema = TableSchema.documentSchemaBuilder()
                .addIndexPartitionKey(TableMetadata.primaryIndexName(), PlatformTable.PARTITION_KEY, AttributeValueType.S)
                .addIndexSortKey(TableMetadata.primaryIndexName(), PlatformTable.SORT_KEY, AttributeValueType.S)
                .addIndexPartitionKey(PlatformTable.INDEX, PlatformTable.INDEX_PARTITION_KEY, AttributeValueType.S)
                .addIndexSortKey(PlatformTable.INDEX, PlatformTable.INDEX_SORT_KEY, AttributeValueType.S)
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .build();
        this.table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(settings.name(PlatformTable.REGISTRY.baseName()), schema);
    }

    static EnhancedDocument.Builder document(String pk, String sk, String tenantId) {
        return EnhancedDocument.builder()
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .putString(PlatformTable.PARTITION_KEY, pk)
                .putString(PlatformTable.SORT_KEY, sk)
                .putString(TENANT_ID, tenantId);
    }

    /** Writes {@code item} only if no item has its key; otherwise a conflict on {@code field}. */
    void putNew(EnhancedDocument item, String field, String conflictMessage) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(item).conditionExpression(ABSENT).build());
        } catch (ConditionalCheckFailedException taken) {
            throw new ConflictException(field, conflictMessage);
        }
    }

    /**
     * Writes a unique value's marker, then the item it guards; if the item cannot be written the marker is
     * removed again, so a failed create leaves nothing behind and the value stays free.
     */
    void putNewWithMarker(EnhancedDocument marker, String markerField, String markerConflict,
                          EnhancedDocument item, String itemField, String itemConflict) {
        putNew(marker, markerField, markerConflict);
        try {
            putNew(item, itemField, itemConflict);
        } catch (RuntimeException e) {
            delete(marker.getString(PlatformTable.PARTITION_KEY), marker.getString(PlatformTable.SORT_KEY));
            throw e;
        }
    }

    /** Writes an item whatever is there (for state that has no uniqueness rule). */
    void put(EnhancedDocument item) {
        table.putItem(item);
    }

    /** Replaces an existing item; a missing one is a not-found on {@code field}. */
    void replace(EnhancedDocument item, String field, String missing) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(EnhancedDocument.class).item(item).conditionExpression(PRESENT).build());
        } catch (ConditionalCheckFailedException absent) {
            throw new NotFoundException(field, missing);
        }
    }

    /** Deletes and returns the item, atomically: only one caller gets it. */
    Optional<EnhancedDocument> take(String pk, String sk) {
        return Optional.ofNullable(table.deleteItem(DeleteItemEnhancedRequest.builder().key(key(pk, sk)).build()));
    }

    /**
     * One page of the items under {@code pk} whose sort key starts with {@code prefix} and that pass
     * {@code filter}, in sort-key order. Cursors carry the sort key, bound to {@code scope}.
     */
    Page<EnhancedDocument> page(String scope, String pk, String prefix, PageRequest request, Predicate<EnhancedDocument> filter) {
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk).sortValue(prefix).build()))
                .consistentRead(true)
                .limit(request.first() + 1);
        if (request.after() != null) {
            String position = Cursors.decode(scope, request.after());
            if (!position.startsWith(prefix) || position.length() == prefix.length() || position.length() > 1024) {
                throw new ValidationException("after", "after is not a cursor of this list");
            }
            query.exclusiveStartKey(Map.of(PlatformTable.PARTITION_KEY, AttributeValue.fromS(pk),
                    PlatformTable.SORT_KEY, AttributeValue.fromS(position)));
        }
        List<EnhancedDocument> items = new ArrayList<>();
        boolean more = false;
        for (EnhancedDocument item : table.query(query.build()).items()) {
            if (!filter.test(item)) {
                continue;
            }
            if (items.size() == request.first()) {
                more = true;
                break;
            }
            items.add(item);
        }
        return new Page<>(items, items.stream().map(i -> Cursors.encode(scope, i.getString(PlatformTable.SORT_KEY))).toList(), more);
    }

    /** A page of the global index partition {@code indexPk} (e.g. all tenants), ordered by its sort key. */
    Page<EnhancedDocument> indexPage(String scope, String indexPk, PageRequest request,
                                     Function<String, Map<String, AttributeValue>> startKey) {
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(indexPk).build()))
                .limit(request.first() + 1);
        if (request.after() != null) {
            query.exclusiveStartKey(startKey.apply(Cursors.decode(scope, request.after())));
        }
        List<EnhancedDocument> items = new ArrayList<>();
        boolean more = false;
        outer:
        for (var page : table.index(PlatformTable.INDEX).query(query.build())) {
            for (EnhancedDocument item : page.items()) {
                if (items.size() == request.first()) {
                    more = true;
                    break outer;
                }
                items.add(item);
            }
        }
        return new Page<>(items, items.stream().map(i -> Cursors.encode(scope, i.getString(PlatformTable.INDEX_SORT_KEY))).toList(), more);
    }

    Optional<EnhancedDocument> get(String pk, String sk) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(pk, sk)).consistentRead(true)));
    }

    List<EnhancedDocument> query(String pk, String skPrefix) {
        return table.query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk).sortValue(skPrefix).build()))
                        .consistentRead(true).build())
                .items().stream().toList();
    }

    void delete(String pk, String sk) {
        table.deleteItem(key(pk, sk));
    }

    private static Key key(String pk, String sk) {
        return Key.builder().partitionValue(pk).sortValue(sk).build();
    }
}
