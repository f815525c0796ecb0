package org.mastervoice.call;

import java.time.Instant;
import java.util.Objects;
import org.mastervoice.tenant.TenantId;

/**
 * One step of a call, in the order the node saw it ({@code sequence} counts from 1 per call). Consumers
 * receive them on a FIFO queue grouped by call id and must tolerate duplicates: {@code sequence} makes each
 * one identifiable.
 */
public sealed interface CallEvent {

    String callId();

    TenantId tenant();

    long sequence();

    Instant at();

    /** Schema version of the JSON form; bump on incompatible changes. */
    int SCHEMA_VERSION = 1;

    record CallStarted(String callId, TenantId tenant, long sequence, Instant at, String callerNumber, String callerName,
                       String dialled, String direction) implements CallEvent {
        public CallStarted {
            Objects.requireNonNull(callId);
        }
    }

    record LegRinging(String callId, TenantId tenant, long sequence, Instant at, String device) implements CallEvent {
    }

    record LegAnswered(String callId, TenantId tenant, long sequence, Instant at, String device, String extension) implements CallEvent {
    }

    /** The end: {@code disposition} answered, busy, no-answer, cancelled, failed; who hung up; a SIP-ish cause. */
    record CallEnded(String callId, TenantId tenant, long sequence, Instant at, String disposition, String hangupSide,
                     int sipStatus, String cause) implements CallEvent {
    }
}
