package org.mastervoice.aws.registry;

import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link ContactStore} on the registry table; search filters the tenant's contacts page by page. */
public final class DynamoDbContactStore implements ContactStore {

    private final RegistryTable table;

    public DynamoDbContactStore(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public void create(Contact contact) {
        table.putNew(AddressBookItems.toDocument(contact), "id", "contact " + contact.id() + " exists");
    }

    @Override
    public Optional<Contact> find(TenantId tenant, String id) {
        return table.get(TenantItem.pk(tenant), AddressBookItems.CONTACT + id).map(AddressBookItems::contact);
    }

    @Override
    public Page<Contact> search(TenantId tenant, String search, PageRequest page) {
        return table.page(tenant.value() + "/contacts", TenantItem.pk(tenant), AddressBookItems.CONTACT, page,
                d -> AddressBookItems.contact(d).matches(search)).map(AddressBookItems::contact);
    }

    @Override
    public void update(Contact contact) {
        table.replace(AddressBookItems.toDocument(contact), "id", "no contact " + contact.id());
    }

    @Override
    public void delete(TenantId tenant, String id) {
        table.delete(TenantItem.pk(tenant), AddressBookItems.CONTACT + id);
    }
}
