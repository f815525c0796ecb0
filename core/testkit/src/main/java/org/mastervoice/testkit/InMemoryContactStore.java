package org.mastervoice.testkit;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.tenant.TenantId;

/** {@link ContactStore} in a map. */
public final class InMemoryContactStore implements ContactStore {

    private final TenantMap<Contact> contacts = new TenantMap<>("contacts");

    @Override
    public void create(Contact contact) {
        contacts.create(contact.tenantId(), contact.id(), contact, "id", "contact " + contact.id() + " exists");
    }

    @Override
    public Optional<Contact> find(TenantId tenant, String id) {
        return contacts.find(tenant, id);
    }

    @Override
    public Page<Contact> search(TenantId tenant, String search, PageRequest page) {
        return contacts.page(tenant, page, c -> c.matches(search));
    }

    @Override
    public void update(Contact contact) {
        contacts.update(contact.tenantId(), contact.id(), contact, "id", "no contact " + contact.id());
    }

    @Override
    public void delete(TenantId tenant, String id) {
        contacts.delete(tenant, id);
    }
}
