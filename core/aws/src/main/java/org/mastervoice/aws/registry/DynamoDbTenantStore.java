package org.mastervoice.aws.registry;

import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
}
