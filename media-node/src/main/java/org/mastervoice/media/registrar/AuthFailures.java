package org.mastervoice.media.registrar;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Failed digest authentications per source address; the banning policy (a later change) reads these counts. */
public final class AuthFailures {

    private final Map<String, AtomicLong> bySource = new ConcurrentHashMap<>();

    public void record(String sourceAddress) {
        bySource.computeIfAbsent(sourceAddress, k -> new AtomicLong()).incrementAndGet();
    }

    public long count(String sourceAddress) {
        AtomicLong n = bySource.get(sourceAddress);
        return n == null ? 0 : n.get();
    }
}
