package org.mastervoice.testkit;

import java.util.List;
import java.util.Optional;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.tenant.TenantId;

/** {@link ExtensionStore} in maps keyed by tenant; numbers and usernames unique per tenant. */
public final class InMemoryExtensionStore implements ExtensionStore {

    private final TenantMap<Extension> extensions = new TenantMap<>("extensions");
    private final TenantMap<Device> devices = new TenantMap<>("devices");

    /** Zero-padded like the DynamoDB sort key, so both list 99 before 100. */
    static String key(String number) {
        return "0".repeat(Math.max(0, 8 - number.length())) + number;
    }

    @Override
    public void create(Extension extension) {
        extensions.create(extension.tenantId(), key(extension.number()), extension, "number", "extension " + extension.number() + " exists");
    }

    @Override
    public Optional<Extension> find(TenantId tenant, String number) {
        return extensions.find(tenant, key(number));
    }

    @Override
    public List<Extension> list(TenantId tenant) {
        return extensions.all(tenant);
    }

    @Override
    public Page<Extension> page(TenantId tenant, PageRequest page) {
        return extensions.page(tenant, page, e -> true);
    }

    @Override
    public void update(Extension extension) {
        extensions.update(extension.tenantId(), key(extension.number()), extension, "number", "no extension " + extension.number());
    }

    @Override
    public void delete(TenantId tenant, String number) {
        devices(tenant, number).forEach(d -> devices.delete(tenant, d.username()));
        extensions.delete(tenant, key(number));
    }

    @Override
    public void addDevice(Device device) {
        if (find(device.tenantId(), device.extensionNumber()).isEmpty()) {
            throw new NotFoundException("extensionNumber", "extension " + device.extensionNumber() + " does not exist");
        }
        devices.create(device.tenantId(), device.username(), device, "username", "SIP username " + device.username() + " is taken");
    }

    @Override
    public Optional<Device> findDevice(TenantId tenant, String username) {
        return devices.find(tenant, username);
    }

    @Override
    public List<Device> devices(TenantId tenant, String extensionNumber) {
        return devices.all(tenant).stream().filter(d -> d.extensionNumber().equals(extensionNumber)).toList();
    }

    @Override
    public void updateDevice(Device device) {
        devices.update(device.tenantId(), device.username(), device, "username", "no device " + device.username());
    }

    @Override
    public void deleteDevice(TenantId tenant, String username) {
        devices.delete(tenant, username);
    }
}
