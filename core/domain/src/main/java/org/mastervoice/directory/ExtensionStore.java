package org.mastervoice.directory;

import java.util.List;
import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.TenantId;

/** Extensions and their devices, per tenant. Numbers and SIP usernames are unique within a tenant. */
public interface ExtensionStore {

    /** @throws org.mastervoice.common.ConflictException when the number is taken in the tenant */
    void create(Extension extension);

    Optional<Extension> find(TenantId tenant, String number);

    /** All extensions in numeric order (for the node's cache and small tenants). */
    List<Extension> list(TenantId tenant);

    Page<Extension> page(TenantId tenant, PageRequest page);

    /** @throws org.mastervoice.common.NotFoundException when the extension does not exist */
    void update(Extension extension);

    /** Removes the extension and all its devices. */
    void delete(TenantId tenant, String number);

    /**
     * @throws org.mastervoice.common.ConflictException when the username is taken in the tenant
     * @throws org.mastervoice.common.NotFoundException when the extension does not exist
     */
    void addDevice(Device device);

    Optional<Device> findDevice(TenantId tenant, String username);

    List<Device> devices(TenantId tenant, String extensionNumber);

    /** Replaces label and secret hashes. @throws org.mastervoice.common.NotFoundException when absent */
    void updateDevice(Device device);

    void deleteDevice(TenantId tenant, String username);
}
