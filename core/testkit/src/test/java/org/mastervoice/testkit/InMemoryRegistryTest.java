package org.mastervoice.testkit;

import org.mastervoice.auth.LoginAttemptStore;
import org.mastervoice.auth.RefreshTokenStore;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.GroupStore;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantStore;

class InMemoryRegistryTest extends RegistryContract {

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryExtensionStore extensions = new InMemoryExtensionStore();
    private final InMemoryGroupStore groups = new InMemoryGroupStore();
    private final InMemoryContactStore contacts = new InMemoryContactStore();
    private final InMemoryShortNumberStore shortNumbers = new InMemoryShortNumberStore();
    private final InMemoryLoginAttemptStore attempts = new InMemoryLoginAttemptStore();
    private final InMemoryRefreshTokenStore refresh = new InMemoryRefreshTokenStore();

    @Override
    protected GroupStore groups() {
        return groups;
    }

    @Override
    protected ContactStore contacts() {
        return contacts;
    }

    @Override
    protected ShortNumberStore shortNumbers() {
        return shortNumbers;
    }

    @Override
    protected LoginAttemptStore loginAttempts() {
        return attempts;
    }

    @Override
    protected RefreshTokenStore refreshTokens() {
        return refresh;
    }

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
