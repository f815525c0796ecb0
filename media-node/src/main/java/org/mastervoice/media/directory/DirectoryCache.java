package org.mastervoice.media.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mastervoice.common.ValidationException;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/**
 * Tenants by SIP domain, devices by username and extensions by number, cached for {@code ttl} (misses too,
 * so a scanner probing unknown domains costs one read per domain per period). Only a miss reads the store, on
 * the request's own virtual thread; a refresh REGISTER or a call between known devices reads nothing.
 */
public final class DirectoryCache {

    private record Entry<T>(Optional<T> value, Instant until) {
    }

    static final int MAX_ENTRIES = 100_000;

    private final TenantStore tenants;
    private final ExtensionStore extensions;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry<Tenant>> byDomain = new ConcurrentHashMap<>();
    private final Map<String, Entry<Device>> devices = new ConcurrentHashMap<>();
    private final Map<String, Entry<Extension>> byNumber = new ConcurrentHashMap<>();
    private final Map<String, Entry<List<Device>>> devicesOf = new ConcurrentHashMap<>();
    private final Map<String, Entry<ShortNumber>> shortNumbers = new ConcurrentHashMap<>();
    private final ShortNumberStore shortNumberStore;

    public DirectoryCache(TenantStore tenants, ExtensionStore extensions, ShortNumberStore shortNumberStore, Clock clock, Duration ttl) {
        this.tenants = tenants;
        this.extensions = extensions;
        this.shortNumberStore = shortNumberStore;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Optional<Tenant> tenantByDomain(String host) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return cached(byDomain, key, () -> {
            try {
                return tenants.findBySipDomain(new SipDomain(key));
            } catch (ValidationException notADomain) {
                return Optional.empty();
            }
        });
    }

    public Optional<Device> device(TenantId tenant, String username) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            return Optional.empty();
        }
        return cached(devices, tenant.value() + "/" + username, () -> extensions.findDevice(tenant, username));
    }

    public Optional<Extension> extension(TenantId tenant, String number) {
        if (number == null || !number.matches("[0-9]{1,8}")) {
            return Optional.empty();
        }
        return cached(byNumber, tenant.value() + "/" + number, () -> extensions.find(tenant, number));
    }

    public List<Device> devices(TenantId tenant, String extensionNumber) {
        return cached(devicesOf, tenant.value() + "/" + extensionNumber,
                () -> Optional.of(extensions.devices(tenant, extensionNumber))).orElse(List.of());
    }

    public Optional<ShortNumber> shortNumber(TenantId tenant, String code) {
        if (code == null || !code.matches("[0-9]{2,6}")) {
            return Optional.empty();
        }
        return cached(shortNumbers, tenant.value() + "/" + code, () -> shortNumberStore.find(tenant, code));
    }

    /** Forgets what a directory change makes stale, so the next request reads the store again. */
    public void forget(DirectoryChange change) {
        String tenantPrefix = change.tenant().value() + "/";
        switch (change.kind()) {
            case TENANT -> byDomain.remove(change.key().toLowerCase(Locale.ROOT));
            case EXTENSION -> {
                byNumber.remove(tenantPrefix + change.key());
                devicesOf.remove(tenantPrefix + change.key());
            }
            case DEVICE -> {
                devices.remove(tenantPrefix + change.key());
                // the device's extension is not named: its list of devices may be any of the tenant's
                devicesOf.keySet().removeIf(k -> k.startsWith(tenantPrefix));
            }
            case SHORT_NUMBER -> shortNumbers.remove(tenantPrefix + change.key());
        }
    }

    private <T> Optional<T> cached(Map<String, Entry<T>> map, String key, Supplier<Optional<T>> load) {
        Instant now = clock.instant();
        Entry<T> e = map.get(key);
        if (e != null && e.until().isAfter(now)) {
            return e.value();
        }
        Optional<T> value = load.get();
        if (map.size() >= MAX_ENTRIES) {
            // bounded: probes for random domains and usernames must not grow the heap without limit
            map.values().removeIf(old -> !old.until().isAfter(now));
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
        }
        map.put(key, new Entry<>(value, now.plus(ttl)));
        return value;
    }
}
