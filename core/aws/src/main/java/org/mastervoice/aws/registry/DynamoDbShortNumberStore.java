package org.mastervoice.aws.registry;

import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link ShortNumberStore} on the registry table; the code is the sort key, so it is unique per tenant. */
public final class DynamoDbShortNumberStore implements ShortNumberStore {

    private final RegistryTable table;

    public DynamoDbShortNumberStore(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public void create(ShortNumber s) {
        table.putNew(AddressBookItems.toDocument(s), "code", "short code " + s.code() + " exists");
    }

    @Override
    public Optional<ShortNumber> find(TenantId tenant, String code) {
        return table.get(TenantItem.pk(tenant), AddressBookItems.SHORT + code).map(AddressBookItems::shortNumber);
    }

    @Override
    public Page<ShortNumber> page(TenantId tenant, PageRequest page) {
        return table.page(tenant.value() + "/short-numbers", TenantItem.pk(tenant), AddressBookItems.SHORT, page, d -> true)
                .map(AddressBookItems::shortNumber);
    }

    @Override
    public void update(ShortNumber s) {
        table.replace(AddressBookItems.toDocument(s), "code", "no short number " + s.code());
    }

    @Override
    public void delete(TenantId tenant, String code) {
        table.delete(TenantItem.pk(tenant), AddressBookItems.SHORT + code);
    }
}
