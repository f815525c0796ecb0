package org.mastervoice.registration;

import java.util.List;

/**
 * What the registrar needs of a REGISTER: its contacts (or the {@code *} wildcard), the Expires header, and
 * Call-ID/CSeq for ordering. An empty contact list without wildcard is a query for the current bindings.
 */
public record RegisterRequest(List<RequestedContact> contacts, boolean wildcard, Integer expires, String callId, long cseq,
                              String source, String userAgent) {

    /** One Contact header value: its URI, its own expires parameter, and RFC 5626 instance/reg-id. */
    public record RequestedContact(String uri, Integer expires, String instanceId, Integer regId) {
    }

    public RegisterRequest {
        contacts = List.copyOf(contacts);
    }
}
