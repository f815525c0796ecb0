package org.mastervoice.aws.registry;

import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.UserId;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Maps extensions ({@code EXT#<number>}) and devices ({@code DEVICE#<username>}) to items of their tenant. */
final class ExtensionItem {

    static final String EXT_PREFIX = "EXT#";
    static final String DEVICE_PREFIX = "DEVICE#";

    private ExtensionItem() {
    }

    /** Zero-padded so the sort key orders numerically: 99 before 100 before 1000. */
    static String sk(String number) {
        return EXT_PREFIX + "0".repeat(Math.max(0, 8 - number.length())) + number;
    }

    static EnhancedDocument toDocument(Extension e) {
        EnhancedDocument.Builder b = RegistryTable.document(TenantItem.pk(e.tenantId()), sk(e.number()), e.tenantId().value())
                .putString("number", e.number())
                .putString("callerIdName", e.callerIdName())
                .putString("callerIdNumber", e.callerIdNumber())
                .putString("classOfService", e.classOfService());
        e.ownerId().ifPresent(owner -> b.putString("owner", owner.value()));
        return b.build();
    }

    static Extension extension(EnhancedDocument d) {
        String owner = d.getString("owner");
        return new Extension(new TenantId(d.getString(RegistryTable.TENANT_ID)), d.getString("number"),
                owner == null ? null : new UserId(owner), d.getString("callerIdName"), d.getString("callerIdNumber"),
                d.getString("classOfService"));
    }

    static EnhancedDocument toDocument(Device v) {
        return RegistryTable.document(TenantItem.pk(v.tenantId()), DEVICE_PREFIX + v.username(), v.tenantId().value())
                .putString("username", v.username())
                .putString("extensionNumber", v.extensionNumber())
                .putString("label", v.label())
                .putString("ha1Md5", v.ha1().md5())
                .putString("ha1Sha256", v.ha1().sha256())
                .build();
    }

    static Device device(EnhancedDocument d) {
        return new Device(new TenantId(d.getString(RegistryTable.TENANT_ID)), d.getString("username"),
                d.getString("extensionNumber"), d.getString("label"),
                new DigestHa1(d.getString("ha1Md5"), d.getString("ha1Sha256")));
    }
}
