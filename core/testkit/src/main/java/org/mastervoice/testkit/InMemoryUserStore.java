package org.mastervoice.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantId;

/** {@link UserStore} in maps; logins unique across tenants. */
public final class InMemoryUserStore implements UserStore {

    private final TenantMap<User> users = new TenantMap<>("users");
    private final Map<Login, User> byLogin = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(User user) {
        if (byLogin.containsKey(user.login())) {
            throw new ConflictException("login", "login " + user.login() + " is taken");
        }
        users.create(user.tenantId(), user.id().value(), user, "id", "user id " + user.id() + " is taken");
        byLogin.put(user.login(), user);
    }

    @Override
    public Optional<User> find(TenantId tenant, UserId id) {
        return users.find(tenant, id.value());
    }

    @Override
    public Optional<User> findByLogin(Login login) {
        return Optional.ofNullable(byLogin.get(login)).flatMap(u -> find(u.tenantId(), u.id()));
    }

    @Override
    public synchronized void update(User previous, User updated) {
        if (!previous.login().equals(updated.login()) && byLogin.containsKey(updated.login())) {
            throw new ConflictException("login", "login " + updated.login() + " is taken");
        }
        users.update(updated.tenantId(), updated.id().value(), updated, "id", "no user " + updated.id());
        byLogin.remove(previous.login());
        byLogin.put(updated.login(), updated);
    }

    @Override
    public synchronized void delete(User user) {
        users.delete(user.tenantId(), user.id().value());
        byLogin.remove(user.login());
    }

    @Override
    public Page<User> list(TenantId tenant, PageRequest page) {
        return users.page(tenant, page, u -> true);
    }
}
