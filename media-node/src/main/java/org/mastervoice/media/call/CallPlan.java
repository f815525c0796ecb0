package org.mastervoice.media.call;

import java.util.List;
import org.mastervoice.media.sdp.AudioSdp;
import org.mastervoice.registration.ContactBinding;
import org.mastervoice.tenant.TenantId;

/**
 * A routed call, ready to ring: who calls (and from which transport address), whom, where the callee's
 * devices are, and the caller's offer.
 */
record CallPlan(TenantId tenant, String domain, String callerNumber, String callerName, String callerDevice, String callerSource,
                String dialled,
                String calleeExtension, List<CallTarget> targets, AudioSdp offer) {

    /**
     * How much a fork's final failure tells the caller (RFC 3261 section 16.7 in spirit): busy beats
     * unavailable beats timeout beats anything else.
     */
    static int rank(int status) {
        return switch (status) {
            case 600, 486 -> 100;
            case 603 -> 90;
            case 480 -> 50;
            case 408 -> 40;
            case 0 -> -1;
            default -> 10;
        };
    }
}
