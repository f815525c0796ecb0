package org.mastervoice.aws.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.registration.AddressOfRecord;
import org.mastervoice.registration.ContactBinding;
import org.mastervoice.tenant.TenantId;

class DynamoDbLocationStoreIT {

    @Test
    void savesReplacesAndRemovesTheBindingsOfAnAddressOfRecord() {
        LocalAws.Tables tables = LocalAws.freshTables();
        DynamoDbLocationStore store = new DynamoDbLocationStore(tables.clients().dynamoDb(), tables.settings());
        AddressOfRecord aor = new AddressOfRecord(new TenantId("demo"), "100-abc");
        ContactBinding a = new ContactBinding("sip:100@10.0.0.1:5060", Instant.parse("2026-11-25T11:00:00Z"),
                "<urn:uuid:1>", 1, "call-1", 7, "udp:10.0.0.1:5060", "baresip");
        ContactBinding b = new ContactBinding("sip:100@10.0.0.2:5060", Instant.parse("2026-11-25T10:30:00Z"),
                null, null, "call-2", 1, null, null);
        store.save(aor, List.of(a, b));
        assertThat(store.loadAll()).containsEntry(aor, List.of(a, b));
        store.save(aor, List.of(b));
        assertThat(store.loadAll().get(aor)).containsExactly(b);
        store.save(aor, List.of());
        assertThat(store.loadAll()).doesNotContainKey(aor);
        tables.clients().close();
    }
}
