package org.mastervoice.testkit;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Group;
import org.mastervoice.directory.GroupStore;
import org.mastervoice.tenant.TenantId;

/** {@link GroupStore} in a map. */
public final class InMemoryGroupStore implements GroupStore {

    private final TenantMap<Group> groups = new TenantMap<>("groups");

    @Override
    public void create(Group group) {
        groups.create(group.tenantId(), group.id(), group, "id", "group " + group.id() + " exists");
    }

    @Override
    public Optional<Group> find(TenantId tenant, String id) {
        return groups.find(tenant, id);
    }

    @Override
    public Page<Group> page(TenantId tenant, PageRequest page) {
        return groups.page(tenant, page, g -> true);
    }

    @Override
    public void update(Group group) {
        groups.update(group.tenantId(), group.id(), group, "id", "no group " + group.id());
    }

    @Override
    public void delete(TenantId tenant, String id) {
        groups.delete(tenant, id);
    }
}
