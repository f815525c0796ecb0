package org.mastervoice.functions.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mastervoice.common.Page;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Group;
import org.mastervoice.directory.User;
import org.mastervoice.tenant.Tenant;

/** Turns domain values into the shapes of the schema's object types. */
final class Views {

    private Views() {
    }

    static Map<String, Object> tenant(Tenant t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id().value());
        m.put("name", t.name());
        m.put("sipDomain", t.sipDomain().value());
        m.put("status", t.status().name());
        m.put("extensionRange", Map.of("first", t.extensionRange().first(), "last", t.extensionRange().last()));
        m.put("limits", Map.of("maxExtensions", t.limits().maxExtensions(), "maxConcurrentCalls", t.limits().maxConcurrentCalls()));
        m.put("createdAt", t.createdAt().toString());
        return m;
    }

    static Map<String, Object> user(User u) {
        return Map.of("id", u.id().value(), "login", u.login().email(), "displayName", u.displayName(),
                "role", u.role().name(), "language", u.language().name());
    }

    static Map<String, Object> device(Device d) {
        return Map.of("username", d.username(), "extensionNumber", d.extensionNumber(), "label", d.label());
    }

    static Map<String, Object> group(Group g) {
        return Map.of("id", g.id(), "name", g.name(), "members", g.members());
    }

    static Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("company", c.company());
        m.put("numbers", c.numbers().stream().map(n -> Map.of("label", n.label(), "number", n.number())).toList());
        return m;
    }

    static Map<String, Object> shortNumber(ShortNumber s) {
        return Map.of("code", s.code(), "number", s.number(), "label", s.label());
    }

    /** A Relay connection: edges with per-item cursors, and page info. */
    static <T> Map<String, Object> connection(Page<T> page, Function<T, Object> node) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(Map.of("node", node.apply(page.items().get(i)), "cursor", page.cursors().get(i)));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", page.hasNextPage());
        pageInfo.put("endCursor", page.endCursor());
        return Map.of("edges", edges, "pageInfo", pageInfo);
    }
}
