package org.mastervoice.provisioning;

import static org.mastervoice.provisioning.Tenants.field;

import org.mastervoice.auth.Principal;
import org.mastervoice.common.ForbiddenException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.Language;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.PasswordHasher;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserPassword;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantId;

/** Users of the caller's tenant. Admins manage everyone; each user may read and rename themselves. */
public final class Users {

    public record NewUser(String login, String displayName, Role role, Language language, String password) {
    }

    /** Fields to change; null leaves a field as it is. */
    public record UserChanges(String login, String displayName, Role role, Language language) {
    }

    private final UserStore users;
    private final ExtensionStore extensions;
    private final PasswordHasher hasher;

    public Users(UserStore users, ExtensionStore extensions, PasswordHasher hasher) {
        this.users = users;
        this.extensions = extensions;
        this.hasher = hasher;
    }

    public User me(Principal principal) {
        return users.find(principal.tenantId(), principal.userId())
                .orElseThrow(() -> new NotFoundException(null, "your account no longer exists"));
    }

    public Page<User> list(Principal principal, PageRequest page) {
        return users.list(principal.requireTenantRole("list users", Role.TENANT_ADMIN, Role.OPERATOR), page);
    }

    public User find(Principal principal, UserId id) {
        if (!id.equals(principal.userId())) {
            principal.requireTenantRole("read other users", Role.TENANT_ADMIN, Role.OPERATOR);
        }
        return users.find(principal.tenantId(), id).orElseThrow(() -> new NotFoundException("id", "no user " + id));
    }

    /** A user as the directory shows them (e.g. an extension's owner): readable by everyone in the tenant. */
    public User directoryEntry(Principal principal, UserId id) {
        return users.find(Extensions.anyTenantRole(principal, "read the directory"), id)
                .orElseThrow(() -> new NotFoundException("id", "no user " + id));
    }

    public User create(Principal principal, NewUser input) {
        TenantId tenant = principal.requireTenantRole("create users", Role.TENANT_ADMIN);
        Role role = input.role() == null ? Role.USER : input.role();
        ValidationException.require(role != Role.PLATFORM_ADMIN, "role", "a tenant user cannot be a platform admin");
        User user = new User(tenant, UserId.random(), field("login", () -> new Login(input.login())),
                field("displayName", () -> input.displayName()), role,
                input.language() == null ? Language.EN : input.language(),
                hasher.hash(field("password", () -> new UserPassword(input.password()))));
        users.create(user);
        return user;
    }

    public User update(Principal principal, UserId id, UserChanges changes) {
        boolean self = id.equals(principal.userId());
        boolean admin = principal.role() == Role.TENANT_ADMIN;
        if (!admin && (!self || changes.role() != null || changes.login() != null)) {
            throw new ForbiddenException(null, "your role " + principal.role() + " may only change your own name and language");
        }
        User u = find(principal, id);
        ValidationException.require(changes.role() != Role.PLATFORM_ADMIN, "role", "a tenant user cannot be a platform admin");
        ValidationException.require(!(self && changes.role() != null && changes.role() != u.role()), "role",
                "you cannot change your own role; ask another admin");
        User updated = new User(u.tenantId(), u.id(),
                changes.login() == null ? u.login() : field("login", () -> new Login(changes.login())),
                changes.displayName() == null ? u.displayName() : changes.displayName(),
                changes.role() == null ? u.role() : changes.role(),
                changes.language() == null ? u.language() : changes.language(), u.passwordHash());
        users.update(u, updated);
        return updated;
    }

    public UserId delete(Principal principal, UserId id) {
        principal.requireTenantRole("delete users", Role.TENANT_ADMIN);
        ValidationException.require(!id.equals(principal.userId()), "id", "you cannot delete your own account");
        User user = find(principal, id);
        // their extensions stay (the phones keep ringing) but no longer name a person who is gone
        for (Extension e : extensions.list(principal.tenantId())) {
            if (e.ownerId().filter(id::equals).isPresent()) {
                extensions.update(new Extension(e.tenantId(), e.number(), null, e.callerIdName(), e.callerIdNumber(), e.classOfService()));
            }
        }
        users.delete(user);
        return id;
    }
}
