package org.mastervoice.registration;

import java.time.Instant;
import java.util.Objects;

/**
 * One registered contact of an address of record: where to send requests, until when, and the identity the
 * device gave it (RFC 5626 {@code +sip.instance} and {@code reg-id}, kept when present). {@code callId} and
 * {@code cseq} order the REGISTERs that refresh it; {@code source} is where the REGISTER came from
 * ({@code transport:ip:port}), the address to use when the contact is behind NAT.
 */
public record ContactBinding(String uri, Instant expiresAt, String instanceId, Integer regId, String callId, long cseq,
                             String source, String userAgent) {

    public ContactBinding {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(callId, "callId");
    }

    /** Same device and flow (RFC 5626: instance and reg-id), or else the same contact URI (RFC 3261). */
    boolean sameAs(RegisterRequest.RequestedContact c) {
        if (instanceId != null && c.instanceId() != null) {
            return instanceId.equals(c.instanceId()) && Objects.equals(regId, c.regId());
        }
        return uri.equalsIgnoreCase(c.uri());
    }

    public long secondsLeft(Instant now) {
        return Math.max(0, expiresAt.getEpochSecond() - now.getEpochSecond());
    }
}
