package org.mastervoice.aws.registry;

import java.time.Instant;
import org.mastervoice.aws.PlatformTable;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Maps a {@link Tenant} to its item ({@code TENANT#<id>}/{@code TENANT}) and its SIP-domain marker. */
final class TenantItem {

    static final String SK = "TENANT";
    static final String DOMAIN_SK = "DOMAIN";
    /** All tenants share one index partition, so platform admins can page through them. */
    static final String INDEX_PK = "TENANTS";

    private TenantItem() {
    }

    static String pk(TenantId id) {
        return "TENANT#" + id.value();
    }

    static String domainPk(SipDomain domain) {
        return "DOMAIN#" + domain.value();
    }

    static EnhancedDocument toDocument(Tenant t) {
        return RegistryTable.document(pk(t.id()), SK, t.id().value())
                .putString("name", t.name())
                .putString("sipDomain", t.sipDomain().value())
                .putString("status", t.status().name())
                .putNumber("extensionFirst", t.extensionRange().first())
                .putNumber("extensionLast", t.extensionRange().last())
                .putNumber("maxExtensions", t.limits().maxExtensions())
                .putNumber("maxConcurrentCalls", t.limits().maxConcurrentCalls())
                .putString("createdAt", t.createdAt().toString())
                .putString(PlatformTable.INDEX_PARTITION_KEY, INDEX_PK)
                .putString(PlatformTable.INDEX_SORT_KEY, t.id().value())
                .build();
    }

    static EnhancedDocument domainMarker(Tenant t) {
        return RegistryTable.document(domainPk(t.sipDomain()), DOMAIN_SK, t.id().value()).build();
    }

    static Tenant fromDocument(EnhancedDocument d) {
        return new Tenant(new TenantId(d.getString(RegistryTable.TENANT_ID)), d.getString("name"),
                new SipDomain(d.getString("sipDomain")), TenantStatus.valueOf(d.getString("status")),
                new NumberRange(d.getNumber("extensionFirst").intValue(), d.getNumber("extensionLast").intValue()),
                new TenantLimits(d.getNumber("maxExtensions").intValue(), d.getNumber("maxConcurrentCalls").intValue()),
                Instant.parse(d.getString("createdAt")));
    }
}
