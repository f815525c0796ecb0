package org.mastervoice.testkit;

import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantStore;

class InMemoryRegistryTest extends RegistryContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryExtensionStore extensions = new InMemoryExtensionStore();

    @Override
    protected TenantStore tenants() {
        return tenants;
    }

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected ExtensionStore extensions() {
        return extensions;
    }
}
