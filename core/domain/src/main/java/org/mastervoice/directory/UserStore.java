package org.mastervoice.directory;

import java.util.Optional;
import org.mastervoice.tenant.TenantId;

/** Where users live. Logins are unique across the platform. */
public interface UserStore {

    /** @throws org.mastervoice.common.ConflictException when the login is taken */
    void create(User user);

    Optional<User> find(TenantId tenant, UserId id);

    Optional<User> findByLogin(Login login);
}
