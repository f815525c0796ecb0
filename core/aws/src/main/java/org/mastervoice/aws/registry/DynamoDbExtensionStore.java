package org.mastervoice.aws.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link ExtensionStore} on the registry table, in the tenant's partition. */
public final class DynamoDbExtensionStore implements ExtensionStore {

    private static final Comparator<Extension> BY_NUMBER =
            Comparator.comparingInt((Extension e) -> e.number().length()).thenComparing(Extension::number);

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
        return table.get(TenantItem.pk(tenant), ExtensionItem.EXT_PREFIX + number).map(ExtensionItem::extension);
    }

    @Override
    public List<Extension> list(TenantId tenant) {
        // numeric order: 99 before 100, which the string sort key alone would not give
        return table.query(TenantItem.pk(tenant), ExtensionItem.EXT_PREFIX).stream()
                .map(ExtensionItem::extension).sorted(BY_NUMBER).toList();
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
}
