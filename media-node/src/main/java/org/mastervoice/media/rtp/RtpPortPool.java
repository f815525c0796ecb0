package org.mastervoice.media.rtp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.mastervoice.config.PortRange;

/** Even RTP ports (RTCP on the next odd one) from the configured range; each is lent to one call side at a time. */
public final class RtpPortPool {

    private final Deque<Integer> free = new ArrayDeque<>();
    private final Set<Integer> lent = new HashSet<>();

    public RtpPortPool(PortRange range) {
        int first = range.first() % 2 == 0 ? range.first() : range.first() + 1;
        for (int p = first; p + 1 <= range.last(); p += 2) {
            free.addLast(p);
        }
    }

    /** An even port whose successor is also in the range; empty when all are in use. */
    public synchronized OptionalInt take() {
        Integer port = free.pollFirst();
        if (port == null) {
            return OptionalInt.empty();
        }
        lent.add(port);
        return OptionalInt.of(port);
    }

    /** Gives a port back (to the end of the queue, so a just-closed port is reused last). */
    public synchronized void give(int port) {
        if (lent.remove(port)) {
            free.addLast(port);
        }
    }

    public synchronized int inUse() {
        return lent.size();
    }
}
