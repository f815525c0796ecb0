package org.mastervoice.directory;

import java.util.List;
import java.util.Optional;
import org.mastervoice.tenant.TenantId;

/** Extensions and their devices, per tenant. Numbers and SIP usernames are unique within a tenant. */
public interface ExtensionStore {

    /** @throws org.mastervoice.common.ConflictException when the number is taken in the tenant */
    void create(Extension extension);

    Optional<Extension> find(TenantId tenant, String number);

    List<Extension> list(TenantId tenant);

    /**
     * @throws org.mastervoice.common.ConflictException when the username is taken in the tenant
     * @throws org.mastervoice.common.NotFoundException when the extension does not exist
     */
    void addDevice(Device device);

    Optional<Device> findDevice(TenantId tenant, String username);

    List<Device> devices(TenantId tenant, String extensionNumber);
}
