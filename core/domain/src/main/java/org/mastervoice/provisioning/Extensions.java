package org.mastervoice.provisioning;

import static org.mastervoice.provisioning.Tenants.field;

import java.util.List;
import org.mastervoice.auth.Principal;
import org.mastervoice.common.ForbiddenException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.directory.DirectoryEvents;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserStore;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.security.SecretGenerator;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/**
 * Extensions and devices of the caller's tenant. Everyone may read the directory; admins change it. A
 * device's SIP secret is generated here, returned once, and only its digest hashes are stored.
 */
public final class Extensions {

    public record NewExtension(String number, String callerIdName, String callerIdNumber, String classOfService, UserId owner) {
    }

    /** Fields to change; null leaves a field as it is; {@code clearOwner} detaches the owner. */
    public record ExtensionChanges(String callerIdName, String callerIdNumber, String classOfService, UserId owner,
                                   boolean clearOwner) {
    }

    /** A device with the secret it was just given: the only moment the secret exists in clear. */
    public record DeviceWithSecret(Device device, String secret) {
    }

    private final TenantStore tenants;
    private final ExtensionStore extensions;
    private final UserStore users;
    private final SecretGenerator secrets;
    private final DirectoryEvents events;

    public Extensions(TenantStore tenants, ExtensionStore extensions, UserStore users, SecretGenerator secrets,
                      DirectoryEvents events) {
        this.tenants = tenants;
        this.extensions = extensions;
        this.users = users;
        this.secrets = secrets;
        this.events = events;
    }

    public Page<Extension> list(Principal principal, PageRequest page) {
        return extensions.page(anyTenantRole(principal, "list extensions"), page);
    }

    public Extension find(Principal principal, String number) {
        TenantId tenant = anyTenantRole(principal, "read extensions");
        return extensions.find(tenant, Tenants.existingKey(number, "[0-9]{1,8}", "number", "extension"))
                .orElseThrow(() -> new NotFoundException("number", "no extension " + number));
    }

    public Extension create(Principal principal, NewExtension input) {
        Tenant tenant = tenant(principal.requireTenantRole("create extensions", Role.TENANT_ADMIN));
        int existing = extensions.list(tenant.id()).size();
        ValidationException.require(existing < tenant.limits().maxExtensions(), "number",
                "the tenant has reached its limit of " + tenant.limits().maxExtensions() + " extensions");
        Extension draft = Extension.inPlanOf(tenant, input.number(),
                input.callerIdName() == null ? "Extension " + input.number() : input.callerIdName(),
                input.classOfService() == null ? "internal" : input.classOfService());
        Extension extension = new Extension(tenant.id(), draft.number(), owner(tenant.id(), input.owner()),
                draft.callerIdName(), input.callerIdNumber() == null ? draft.callerIdNumber() : input.callerIdNumber(),
                draft.classOfService());
        extensions.create(extension);
        // nodes may have cached "no such number" a moment ago
        events.changed(new DirectoryChange(tenant.id(), DirectoryChange.Kind.EXTENSION, extension.number(), false));
        return extension;
    }

    public Extension update(Principal principal, String number, ExtensionChanges c) {
        principal.requireTenantRole("change extensions", Role.TENANT_ADMIN);
        Extension e = find(principal, number);
        UserId owner = c.clearOwner() ? null : c.owner() == null ? e.owner() : owner(e.tenantId(), c.owner());
        Extension updated = new Extension(e.tenantId(), e.number(), owner,
                c.callerIdName() == null ? e.callerIdName() : c.callerIdName(),
                c.callerIdNumber() == null ? e.callerIdNumber() : c.callerIdNumber(),
                c.classOfService() == null ? e.classOfService() : c.classOfService());
        extensions.update(updated);
        events.changed(new DirectoryChange(e.tenantId(), DirectoryChange.Kind.EXTENSION, e.number(), false));
        return updated;
    }

    /** Deletes the extension with its devices; the SIP nodes forget their registrations at once. */
    public String delete(Principal principal, String number) {
        principal.requireTenantRole("delete extensions", Role.TENANT_ADMIN);
        find(principal, number);
        List<Device> devices = extensions.devices(principal.tenantId(), number);
        extensions.delete(principal.tenantId(), number);
        for (Device d : devices) {
            events.changed(new DirectoryChange(principal.tenantId(), DirectoryChange.Kind.DEVICE, d.username(), true));
        }
        events.changed(new DirectoryChange(principal.tenantId(), DirectoryChange.Kind.EXTENSION, number, false));
        return number;
    }

    /** Devices of an extension: for admins and for the extension's owner. */
    public List<Device> devices(Principal principal, Extension extension) {
        requireAdminOrOwner(principal, extension, "see the devices of extension " + extension.number());
        return extensions.devices(principal.tenantId(), extension.number());
    }

    public DeviceWithSecret createDevice(Principal principal, String extensionNumber, String label) {
        Tenant tenant = tenant(principal.requireTenantRole("create devices", Role.TENANT_ADMIN));
        Extension extension = extensions.find(tenant.id(), Tenants.existingKey(extensionNumber, "[0-9]{1,8}", "extensionNumber", "extension"))
                .orElseThrow(() -> new NotFoundException("extensionNumber", "no extension " + extensionNumber));
        String username = secrets.sipUsername(extension.number());
        String secret = secrets.deviceSecret();
        Device device = new Device(tenant.id(), username, extension.number(), field("label", () -> label == null ? "softphone" : label),
                DigestHa1.of(username, tenant.sipDomain().value(), secret));
        extensions.addDevice(device);
        events.changed(new DirectoryChange(tenant.id(), DirectoryChange.Kind.DEVICE, username, false));
        return new DeviceWithSecret(device, secret);
    }

    public Device updateDevice(Principal principal, String username, String label) {
        principal.requireTenantRole("change devices", Role.TENANT_ADMIN);
        Device d = device(principal, username);
        Device updated = new Device(d.tenantId(), d.username(), d.extensionNumber(), label == null ? d.label() : label, d.ha1());
        extensions.updateDevice(updated);
        return updated;
    }

    public String deleteDevice(Principal principal, String username) {
        principal.requireTenantRole("delete devices", Role.TENANT_ADMIN);
        device(principal, username);
        extensions.deleteDevice(principal.tenantId(), username);
        events.changed(new DirectoryChange(principal.tenantId(), DirectoryChange.Kind.DEVICE, username, true));
        return username;
    }

    /** A new secret for a device (admins, or the owner of its extension); the old one stops working. */
    public DeviceWithSecret resetDevicePassword(Principal principal, String username) {
        Device d = device(principal, username);
        requireAdminOrOwner(principal, find(principal, d.extensionNumber()), "reset this device's password");
        Tenant tenant = tenant(principal.tenantId());
        String secret = secrets.deviceSecret();
        Device updated = new Device(d.tenantId(), d.username(), d.extensionNumber(), d.label(),
                DigestHa1.of(d.username(), tenant.sipDomain().value(), secret));
        extensions.updateDevice(updated);
        // whoever held the old secret is registered with it: they must re-register with the new one
        events.changed(new DirectoryChange(d.tenantId(), DirectoryChange.Kind.DEVICE, d.username(), true));
        return new DeviceWithSecret(updated, secret);
    }

    private Device device(Principal principal, String username) {
        TenantId tenant = anyTenantRole(principal, "read devices");
        return extensions.findDevice(tenant, Tenants.existingKey(username, "[a-z0-9][a-z0-9._-]{2,63}", "username", "device"))
                .orElseThrow(() -> new NotFoundException("username", "no device " + username));
    }

    private static void requireAdminOrOwner(Principal principal, Extension extension, String action) {
        boolean owner = extension.ownerId().map(principal.userId()::equals).orElse(false);
        if (principal.role() != Role.TENANT_ADMIN && !owner) {
            throw new ForbiddenException(null, "only admins and the extension's owner may " + action);
        }
    }

    private UserId owner(TenantId tenant, UserId owner) {
        if (owner != null && users.find(tenant, owner).isEmpty()) {
            throw new NotFoundException("ownerId", "no user " + owner + " in this tenant");
        }
        return owner;
    }

    private Tenant tenant(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new NotFoundException(null, "your tenant no longer exists"));
    }

    static TenantId anyTenantRole(Principal principal, String action) {
        return principal.requireTenantRole(action, Role.TENANT_ADMIN, Role.OPERATOR, Role.AGENT, Role.USER);
    }
}
