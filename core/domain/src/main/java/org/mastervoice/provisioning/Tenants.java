package org.mastervoice.provisioning;

import java.time.Clock;
import java.util.function.Supplier;
import org.mastervoice.auth.Principal;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.directory.DirectoryEvents;
import org.mastervoice.directory.Language;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.PasswordHasher;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserPassword;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;
import org.mastervoice.tenant.TenantStore;

/** Tenant life cycle, for platform admins; every user may read their own tenant. */
public final class Tenants {

    /** A new tenant and its first admin, who then manages everything inside it. */
    public record NewTenant(String id, String name, String sipDomain, NumberRange extensionRange, TenantLimits limits,
                            String adminLogin, String adminName, String adminPassword) {
    }

    /** Fields to change; null leaves a field as it is. */
    public record TenantChanges(String name, TenantStatus status, NumberRange extensionRange, TenantLimits limits) {
    }

    private final TenantStore tenants;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final TenantCleanup cleanup;
    private final DirectoryEvents events;
    private final Clock clock;

    public Tenants(TenantStore tenants, UserStore users, PasswordHasher hasher, TenantCleanup cleanup, DirectoryEvents events,
                   Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.hasher = hasher;
        this.cleanup = cleanup;
        this.events = events;
        this.clock = clock;
    }

    public Tenant current(Principal principal) {
        if (principal.isPlatformAdmin()) {
            throw new NotFoundException(null, "platform admins belong to no tenant; use tenants");
        }
        return tenants.find(principal.tenantId()).orElseThrow(() -> new NotFoundException(null, "your tenant no longer exists"));
    }

    public Page<Tenant> list(Principal principal, PageRequest page) {
        principal.requirePlatformAdmin("list tenants");
        return tenants.list(page);
    }

    public Tenant find(Principal principal, TenantId id) {
        principal.requirePlatformAdmin("read other tenants");
        return tenants.find(id).orElseThrow(() -> new NotFoundException("id", "no tenant " + id));
    }

    public Tenant create(Principal principal, NewTenant input) {
        principal.requirePlatformAdmin("create tenants");
        TenantId id;
        try {
            id = TenantId.ofCustomer(input.id());
        } catch (ValidationException e) {
            throw new ValidationException("id", e.getMessage());
        }
        Tenant tenant = new Tenant(id, input.name(), new SipDomain(input.sipDomain()), TenantStatus.ACTIVE,
                input.extensionRange() == null ? new NumberRange(100, 899) : input.extensionRange(),
                input.limits() == null ? new TenantLimits(100, 10) : input.limits(), clock.instant());
        Login adminLogin = field("adminLogin", () -> new Login(input.adminLogin()));
        UserPassword adminPassword = field("adminPassword", () -> new UserPassword(input.adminPassword()));
        User admin = field("adminName", () -> new User(id, UserId.random(), adminLogin,
                input.adminName() == null ? "Administrator" : input.adminName(), Role.TENANT_ADMIN, Language.EN,
                hasher.hash(adminPassword)));
        if (users.findByLogin(admin.login()).isPresent()) {
            throw new ConflictException("adminLogin", "login " + admin.login() + " is taken");
        }
        tenants.create(tenant);
        try {
            users.create(admin);
        } catch (ConflictException e) {
            tenants.delete(id);
            throw new ConflictException("adminLogin", e.getMessage());
        } catch (RuntimeException e) {
            tenants.delete(id);
            throw e;
        }
        events.changed(new DirectoryChange(id, DirectoryChange.Kind.TENANT, tenant.sipDomain().value(), false));
        return tenant;
    }

    public Tenant update(Principal principal, TenantId id, TenantChanges changes) {
        principal.requirePlatformAdmin("change tenants");
        Tenant t = find(principal, id);
        Tenant updated = new Tenant(t.id(), changes.name() == null ? t.name() : changes.name(), t.sipDomain(),
                changes.status() == null ? t.status() : changes.status(),
                changes.extensionRange() == null ? t.extensionRange() : changes.extensionRange(),
                changes.limits() == null ? t.limits() : changes.limits(), t.createdAt());
        tenants.update(updated);
        events.changed(new DirectoryChange(id, DirectoryChange.Kind.TENANT, t.sipDomain().value(), false));
        return updated;
    }

    public TenantId delete(Principal principal, TenantId id) {
        principal.requirePlatformAdmin("delete tenants");
        Tenant t = find(principal, id);
        // suspended first: its people stop signing in and writing while its contents are removed
        tenants.update(new Tenant(t.id(), t.name(), t.sipDomain(), TenantStatus.SUSPENDED, t.extensionRange(), t.limits(), t.createdAt()));
        events.changed(new DirectoryChange(id, DirectoryChange.Kind.TENANT, t.sipDomain().value(), false));
        cleanup.deleteContents(id);
        tenants.delete(id);
        return id;
    }

    /**
     * A key argument (number, id, username, code) that can exist only if it has the right shape: anything else
     * is simply not found, and never reaches the store (where an oversized key would be a server error).
     */
    static String existingKey(String value, String pattern, String field, String what) {
        if (value == null || value.length() > 64 || !value.matches(pattern)) {
            throw new NotFoundException(field, "no " + what + " " + (value == null ? "" : value.length() > 64 ? value.substring(0, 64) + "…" : value));
        }
        return value;
    }

    /** Runs a value constructor, reporting its validation error on {@code path} of the input. */
    public static <T> T field(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (ValidationException e) {
            throw new ValidationException(path, e.getMessage());
        }
    }
}
