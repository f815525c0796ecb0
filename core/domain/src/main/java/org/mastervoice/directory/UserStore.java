package org.mastervoice.directory;

import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.TenantId;

/** Where users live. Logins are unique across the platform. */
public interface UserStore {

    /** @throws org.mastervoice.common.ConflictException when the login is taken */
    void create(User user);

    Optional<User> find(TenantId tenant, UserId id);

    Optional<User> findByLogin(Login login);

    /** Replaces the user; a changed login is claimed first and its old claim released after. */
    void update(User previous, User updated);

    void delete(User user);

    Page<User> list(TenantId tenant, PageRequest page);
}
