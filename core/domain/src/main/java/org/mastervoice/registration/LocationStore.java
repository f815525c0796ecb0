package org.mastervoice.registration;

import java.util.List;
import java.util.Map;

/** Durable copy of the registrations, so a restarted node routes to them. Written asynchronously, never on a SIP path. */
public interface LocationStore {

    /** Replaces the bindings of one address of record; an empty list removes it. */
    void save(AddressOfRecord aor, List<ContactBinding> bindings);

    /** Every stored address of record with its bindings (expired ones may be included). */
    Map<AddressOfRecord, List<ContactBinding>> loadAll();
}
