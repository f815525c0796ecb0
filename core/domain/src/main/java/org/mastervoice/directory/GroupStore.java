package org.mastervoice.directory;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.TenantId;

/** Groups of a tenant. */
public interface GroupStore {

    void create(Group group);

    Optional<Group> find(TenantId tenant, String id);

    Page<Group> page(TenantId tenant, PageRequest page);

    /** @throws org.mastervoice.common.NotFoundException when absent */
    void update(Group group);

    void delete(TenantId tenant, String id);
}
