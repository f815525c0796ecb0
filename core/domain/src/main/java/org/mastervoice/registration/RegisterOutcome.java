package org.mastervoice.registration;

import java.util.List;

/** The registrar's answer to one REGISTER. */
public sealed interface RegisterOutcome {

    /** 200: the bindings now in force (all of them, RFC 3261 section 10.3 step 8). */
    record Accepted(List<ContactBinding> bindings) implements RegisterOutcome {
    }

    /** 423 Interval Too Brief with Min-Expires. */
    record IntervalTooBrief(int minExpires) implements RegisterOutcome {
    }

    /** 400 Bad Request: e.g. {@code *} with other contacts or a non-zero expiry. */
    record Invalid(String reason) implements RegisterOutcome {
    }

    /** 500 with Retry-After: a REGISTER older than one already applied on the same Call-ID (step 6). */
    record OutOfOrder(String reason) implements RegisterOutcome {
    }
}
