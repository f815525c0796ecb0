package org.mastervoice.aws.registry;

import java.util.Map;
import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformTable;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link TenantStore} on the registry table; the SIP domain is claimed by a marker item before the tenant is written. */
public final class DynamoDbTenantStore implements TenantStore {

    private final RegistryTable table;

    public DynamoDbTenantStore(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public void create(Tenant tenant) {
        table.putNewWithMarker(
                TenantItem.domainMarker(tenant), "sipDomain", "SIP domain " + tenant.sipDomain() + " is used by another tenant",
                TenantItem.toDocument(tenant), "id", "tenant id " + tenant.id() + " is taken");
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return table.get(TenantItem.pk(id), TenantItem.SK).map(TenantItem::fromDocument);
    }

    @Override
    public Optional<Tenant> findBySipDomain(SipDomain domain) {
        return table.get(TenantItem.domainPk(domain), TenantItem.DOMAIN_SK)
                .map(marker -> new TenantId(marker.getString(RegistryTable.TENANT_ID)))
                .flatMap(this::find);
    }

    @Override
    public void update(Tenant tenant) {
        Tenant old = find(tenant.id()).orElseThrow(() -> new NotFoundException("id", "no tenant " + tenant.id()));
        table.replace(TenantItem.toDocument(new Tenant(tenant.id(), tenant.name(), old.sipDomain(), tenant.status(),
                tenant.extensionRange(), tenant.limits(), old.createdAt())), "id", "no tenant " + tenant.id());
    }

    @Override
    public void delete(TenantId id) {
        // the tenant item first: once it is gone the domain can be claimed again safely
        table.take(TenantItem.pk(id), TenantItem.SK).map(TenantItem::fromDocument)
                .ifPresent(t -> table.delete(TenantItem.domainPk(t.sipDomain()), TenantItem.DOMAIN_SK));
    }

    private static TenantId cursorTenant(String id) {
        try {
            return new TenantId(id);
        } catch (ValidationException e) {
            throw new ValidationException("after", "after is not a cursor of this list");
        }
    }

    @Override
    public Page<Tenant> list(PageRequest page) {
        return table.indexPage("platform/tenants", TenantItem.INDEX_PK, page, id -> Map.of(
                PlatformTable.PARTITION_KEY, AttributeValue.fromS(TenantItem.pk(cursorTenant(id))),
                PlatformTable.SORT_KEY, AttributeValue.fromS(TenantItem.SK),
                PlatformTable.INDEX_PARTITION_KEY, AttributeValue.fromS(TenantItem.INDEX_PK),
                PlatformTable.INDEX_SORT_KEY, AttributeValue.fromS(id))).map(TenantItem::fromDocument);
    }
}
