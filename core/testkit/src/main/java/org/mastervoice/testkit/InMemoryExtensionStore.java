package org.mastervoice.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.tenant.TenantId;

/** {@link ExtensionStore} in maps keyed by tenant; numbers and usernames unique per tenant. */
public final class InMemoryExtensionStore implements ExtensionStore {

    private record Key(TenantId tenant, String name) {
    }

    private final Map<Key, Extension> extensions = new ConcurrentHashMap<>();
    private final Map<Key, Device> devices = new ConcurrentHashMap<>();

    @Override
    public void create(Extension extension) {
        if (extensions.putIfAbsent(new Key(extension.tenantId(), extension.number()), extension) != null) {
            throw new ConflictException("number", "extension " + extension.number() + " exists");
        }
    }

    @Override
    public Optional<Extension> find(TenantId tenant, String number) {
        return Optional.ofNullable(extensions.get(new Key(tenant, number)));
    }

    @Override
    public List<Extension> list(TenantId tenant) {
        return extensions.values().stream().filter(e -> e.tenantId().equals(tenant))
                .sorted(Comparator.comparingInt((Extension e) -> e.number().length()).thenComparing(Extension::number)).toList();
    }

    @Override
    public void addDevice(Device device) {
        if (find(device.tenantId(), device.extensionNumber()).isEmpty()) {
            throw new NotFoundException("extensionNumber", "extension " + device.extensionNumber() + " does not exist");
        }
        if (devices.putIfAbsent(new Key(device.tenantId(), device.username()), device) != null) {
            throw new ConflictException("username", "SIP username " + device.username() + " is taken");
        }
    }

    @Override
    public Optional<Device> findDevice(TenantId tenant, String username) {
        return Optional.ofNullable(devices.get(new Key(tenant, username)));
    }

    @Override
    public List<Device> devices(TenantId tenant, String extensionNumber) {
        return devices.values().stream()
                .filter(d -> d.tenantId().equals(tenant) && d.extensionNumber().equals(extensionNumber))
                .sorted(Comparator.comparing(Device::username)).toList();
    }
}
