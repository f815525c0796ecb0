package org.mastervoice.testkit;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.tenant.TenantId;

/** {@link ShortNumberStore} in a map. */
public final class InMemoryShortNumberStore implements ShortNumberStore {

    private final TenantMap<ShortNumber> numbers = new TenantMap<>("short-numbers");

    @Override
    public void create(ShortNumber s) {
        numbers.create(s.tenantId(), s.code(), s, "code", "short code " + s.code() + " exists");
    }

    @Override
    public Optional<ShortNumber> find(TenantId tenant, String code) {
        return numbers.find(tenant, code);
    }

    @Override
    public Page<ShortNumber> page(TenantId tenant, PageRequest page) {
        return numbers.page(tenant, page, s -> true);
    }

    @Override
    public void update(ShortNumber s) {
        numbers.update(s.tenantId(), s.code(), s, "code", "no short number " + s.code());
    }

    @Override
    public void delete(TenantId tenant, String code) {
        numbers.delete(tenant, code);
    }
}
