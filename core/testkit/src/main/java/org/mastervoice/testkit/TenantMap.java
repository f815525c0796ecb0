package org.mastervoice.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.Cursors;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.tenant.TenantId;

/**
 * Items of one kind per tenant, ordered by a sort key like the DynamoDB adapters' (so pages and cursors
 * behave the same), with the same create-if-absent and update-if-present rules.
 */
final class TenantMap<V> {

    private final String kind;
    private final Map<TenantId, NavigableMap<String, V>> byTenant = new ConcurrentHashMap<>();

    TenantMap(String kind) {
        this.kind = kind;
    }

    private NavigableMap<String, V> of(TenantId tenant) {
        return byTenant.computeIfAbsent(tenant, t -> new ConcurrentSkipListMap<>());
    }

    void create(TenantId tenant, String key, V value, String field, String conflict) {
        if (of(tenant).putIfAbsent(key, value) != null) {
            throw new ConflictException(field, conflict);
        }
    }

    Optional<V> find(TenantId tenant, String key) {
        return Optional.ofNullable(of(tenant).get(key));
    }

    void update(TenantId tenant, String key, V value, String field, String missing) {
        if (of(tenant).replace(key, value) == null) {
            throw new NotFoundException(field, missing);
        }
    }

    void delete(TenantId tenant, String key) {
        of(tenant).remove(key);
    }

    List<V> all(TenantId tenant) {
        return List.copyOf(of(tenant).values());
    }

    Page<V> page(TenantId tenant, PageRequest request, Predicate<V> filter) {
        String scope = tenant.value() + "/" + kind;
        NavigableMap<String, V> items = of(tenant);
        NavigableMap<String, V> rest = request.after() == null ? items : items.tailMap(Cursors.decode(scope, request.after()), false);
        List<V> page = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        boolean more = false;
        for (Map.Entry<String, V> e : rest.entrySet()) {
            if (!filter.test(e.getValue())) {
                continue;
            }
            if (page.size() == request.first()) {
                more = true;
                break;
            }
            page.add(e.getValue());
            cursors.add(Cursors.encode(scope, e.getKey()));
        }
        return new Page<>(page, cursors, more);
    }
}
