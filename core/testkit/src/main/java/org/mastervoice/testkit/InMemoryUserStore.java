package org.mastervoice.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.common.ConflictException;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantId;

/** {@link UserStore} in a map; logins unique across tenants. */
public final class InMemoryUserStore implements UserStore {

    private final Map<UserId, User> byId = new ConcurrentHashMap<>();
    private final Map<Login, UserId> byLogin = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(User user) {
        if (byLogin.containsKey(user.login())) {
            throw new ConflictException("login", "login " + user.login() + " is taken");
        }
        byId.put(user.id(), user);
        byLogin.put(user.login(), user.id());
    }

    @Override
    public Optional<User> find(TenantId tenant, UserId id) {
        return Optional.ofNullable(byId.get(id)).filter(u -> u.tenantId().equals(tenant));
    }

    @Override
    public Optional<User> findByLogin(Login login) {
        return Optional.ofNullable(byLogin.get(login)).map(byId::get);
    }
}
