package org.mastervoice.aws.registry;

import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Group;
import org.mastervoice.directory.GroupStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link GroupStore} on the registry table. */
public final class DynamoDbGroupStore implements GroupStore {

    private final RegistryTable table;

    public DynamoDbGroupStore(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public void create(Group group) {
        table.putNew(AddressBookItems.toDocument(group), "id", "group " + group.id() + " exists");
    }

    @Override
    public Optional<Group> find(TenantId tenant, String id) {
        return table.get(TenantItem.pk(tenant), AddressBookItems.GROUP + id).map(AddressBookItems::group);
    }

    @Override
    public Page<Group> page(TenantId tenant, PageRequest page) {
        return table.page(tenant.value() + "/groups", TenantItem.pk(tenant), AddressBookItems.GROUP, page, d -> true)
                .map(AddressBookItems::group);
    }

    @Override
    public void update(Group group) {
        table.replace(AddressBookItems.toDocument(group), "id", "no group " + group.id());
    }

    @Override
    public void delete(TenantId tenant, String id) {
        table.delete(TenantItem.pk(tenant), AddressBookItems.GROUP + id);
    }
}
