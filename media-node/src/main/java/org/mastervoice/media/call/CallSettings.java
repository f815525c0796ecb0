package org.mastervoice.media.call;

import java.time.Duration;

/** Timers of calls: how long a callee may ring, and how long a call may carry no RTP before the node hangs up. */
public record CallSettings(Duration ringTimeout, Duration noMediaTimeout) {

    public static final CallSettings DEFAULT = new CallSettings(Duration.ofSeconds(30), Duration.ofSeconds(60));
}
