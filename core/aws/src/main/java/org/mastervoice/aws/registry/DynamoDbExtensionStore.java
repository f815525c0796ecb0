package org.mastervoice.aws.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link ExtensionStore} on the registry table, in the tenant's partition. */
public final class DynamoDbExtensionStore implements ExtensionStore {

    private final RegistryTable table;

    public DynamoDbExtensionStore(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public void create(Extension extension) {
        table.putNew(ExtensionItem.toDocument(extension), "number", "extension " + extension.number() + " exists");
    }

    @Override
    public Optional<Extension> find(TenantId tenant, String number) {
        return table.get(TenantItem.pk(tenant), ExtensionItem.sk(number)).map(ExtensionItem::extension);
    }

    @Override
    public List<Extension> list(TenantId tenant) {
        List<Extension> all = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_PAGE_SIZE);
        Page<Extension> page;
        do {
            page = page(tenant, request);
            all.addAll(page.items());
            request = new PageRequest(PageRequest.MAX_PAGE_SIZE, page.endCursor());
        } while (page.hasNextPage());
        return all;
    }

    @Override
    public Page<Extension> page(TenantId tenant, PageRequest page) {
        return table.page(tenant.value() + "/extensions", TenantItem.pk(tenant), ExtensionItem.EXT_PREFIX, page, d -> true)
                .map(ExtensionItem::extension);
    }

    @Override
    public void update(Extension extension) {
        table.replace(ExtensionItem.toDocument(extension), "number", "no extension " + extension.number());
    }

    @Override
    public void delete(TenantId tenant, String number) {
        // devices first: an interrupted delete leaves an extension without devices, never devices without one
        devices(tenant, number).forEach(d -> deleteDevice(tenant, d.username()));
        table.delete(TenantItem.pk(tenant), ExtensionItem.sk(number));
    }

    @Override
    public void addDevice(Device device) {
        if (find(device.tenantId(), device.extensionNumber()).isEmpty()) {
            throw new NotFoundException("extensionNumber", "extension " + device.extensionNumber() + " does not exist");
        }
        table.putNew(ExtensionItem.toDocument(device), "username", "SIP username " + device.username() + " is taken");
    }

    @Override
    public Optional<Device> findDevice(TenantId tenant, String username) {
        return table.get(TenantItem.pk(tenant), ExtensionItem.DEVICE_PREFIX + username).map(ExtensionItem::device);
    }

    @Override
    public List<Device> devices(TenantId tenant, String extensionNumber) {
        return table.query(TenantItem.pk(tenant), ExtensionItem.DEVICE_PREFIX).stream()
                .map(ExtensionItem::device)
                .filter(d -> d.extensionNumber().equals(extensionNumber))
                .sorted(Comparator.comparing(Device::username)).toList();
    }

    @Override
    public void updateDevice(Device device) {
        table.replace(ExtensionItem.toDocument(device), "username", "no device " + device.username());
    }

    @Override
    public void deleteDevice(TenantId tenant, String username) {
        table.delete(TenantItem.pk(tenant), ExtensionItem.DEVICE_PREFIX + username);
    }
}
