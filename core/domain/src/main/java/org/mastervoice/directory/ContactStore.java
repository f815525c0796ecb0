package org.mastervoice.directory;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.TenantId;

/** The tenant's central address book. */
public interface ContactStore {

    void create(Contact contact);

    Optional<Contact> find(TenantId tenant, String id);

    /** Contacts that {@link Contact#matches match} {@code search} (null = all), in a stable order. */
    Page<Contact> search(TenantId tenant, String search, PageRequest page);

    /** @throws org.mastervoice.common.NotFoundException when absent */
    void update(Contact contact);

    void delete(TenantId tenant, String id);
}
