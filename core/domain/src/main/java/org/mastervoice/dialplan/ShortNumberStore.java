package org.mastervoice.dialplan;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.TenantId;

/** Short numbers of a tenant; codes are unique within it. */
public interface ShortNumberStore {

    /** @throws org.mastervoice.common.ConflictException when the code is taken */
    void create(ShortNumber shortNumber);

    Optional<ShortNumber> find(TenantId tenant, String code);

    Page<ShortNumber> page(TenantId tenant, PageRequest page);

    /** @throws org.mastervoice.common.NotFoundException when absent */
    void update(ShortNumber shortNumber);

    void delete(TenantId tenant, String code);
}
