package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Extensions and their devices: creation rules, ownership rights, one-time SIP secrets and numeric paging. */
class ExtensionMutationsIT extends ApiTestBase {

    private static final String EXT_FIELDS = "number callerIdName callerIdNumber classOfService owner { id displayName }";
    private static final String CREATE = "mutation($in: CreateExtensionInput!) { createExtension(input: $in) { " + EXT_FIELDS + " } }";
    private static final String UPDATE = "mutation($n: String!, $in: UpdateExtensionInput!) { updateExtension(number: $n, input: $in) { "
            + EXT_FIELDS + " } }";
    private static final String DELETE = "mutation($n: String!) { deleteExtension(number: $n) }";
    private static final String EXTENSION = "query($n: String!) { extension(number: $n) { " + EXT_FIELDS + " } }";
    private static final String DEVICES = "query($n: String!) { extension(number: $n) { devices { username extensionNumber label } } }";
    private static final String CREATE_DEVICE = "mutation($in: CreateDeviceInput!) { createDevice(input: $in) { "
            + "device { username extensionNumber label } secret sipDomain } }";
    private static final String UPDATE_DEVICE = "mutation($u: String!, $in: UpdateDeviceInput!) { updateDevice(username: $u, input: $in) { "
            + "username extensionNumber label } }";
    private static final String DELETE_DEVICE = "mutation($u: String!) { deleteDevice(username: $u) }";
    private static final String RESET = "mutation($u: String!) { resetDevicePassword(username: $u) { device { username } secret sipDomain } }";
    private static final String LIST = "query($after: String) { extensions(first: 2, after: $after) { "
            + "edges { node { number } } pageInfo { hasNextPage endCursor } } }";

    /** A signed-in user of a tenant. */
    private record Member(String id, String token) {
    }

    private Member member(TestTenant t, String role) {
        String login = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + t.sipDomain();
        JsonNode user = data(graphql(t.adminToken(), "mutation($in: CreateUserInput!) { createUser(input: $in) { id } }",
                Map.of("in", Map.of("login", login, "displayName", "Owner " + role, "role", role, "password", "User-Password-1"))));
        return new Member(user.get("createUser").get("id").asString(), login(login, "User-Password-1"));
    }

    /** A tenant with its own numbering plan and limits, created by the platform admin. */
    private TestTenant tenantWith(String name, Map<String, Object> range, Map<String, Object> limits) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> in = new LinkedHashMap<>(Map.of("id", id, "name", "Tenant " + name, "sipDomain", id + ".example.com",
                "adminLogin", "admin@" + id + ".example.com", "adminPassword", "Admin-Password-1"));
        if (range != null) {
            in.put("extensionRange", range);
        }
        if (limits != null) {
            in.put("limits", limits);
        }
        data(graphql(platformAdmin(), "mutation($in: CreateTenantInput!) { createTenant(input: $in) { id } }", Map.of("in", in)));
        String adminLogin = "admin@" + id + ".example.com";
        return new TestTenant(id, id + ".example.com", adminLogin, "Admin-Password-1", login(adminLogin, "Admin-Password-1"));
    }

    private JsonNode createExtension(String token, Map<String, Object> in) {
        return graphql(token, CREATE, Map.of("in", in));
    }

    private JsonNode extension(String token, String number) {
        return data(createExtension(token, Map.of("number", number))).get("createExtension");
    }

    private JsonNode device(TestTenant t, String number) {
        return data(graphql(t.adminToken(), CREATE_DEVICE, Map.of("in", Map.of("extensionNumber", number)))).get("createDevice");
    }

    private static String username(JsonNode credentials) {
        return credentials.get("device").get("username").asString();
    }

    private static void assertRejected(JsonNode r, String code, String field, String message) {
        assertThat(errorCode(r)).isEqualTo(code);
        assertThat(errorField(r)).isEqualTo(field);
        assertThat(errorMessage(r)).isEqualTo(message);
    }

    @Test
    void createsAnExtensionWithAnOwnerAndDefaults() {
        TestTenant t = newTenant("ext");
        Member owner = member(t, "USER");
        JsonNode created = data(createExtension(t.adminToken(), Map.of("number", "101", "callerIdName", "Reception",
                "ownerId", owner.id()))).get("createExtension");
        assertThat(created.get("number").asString()).isEqualTo("101");
        assertThat(created.get("callerIdName").asString()).isEqualTo("Reception");
        assertThat(created.get("callerIdNumber").asString()).as("defaults to the number").isEqualTo("101");
        assertThat(created.get("classOfService").asString()).isEqualTo("internal");
        assertThat(created.get("owner").get("id").asString()).isEqualTo(owner.id());
        assertThat(created.get("owner").get("displayName").asString()).isEqualTo("Owner USER");
        assertThat(data(graphql(owner.token(), EXTENSION, Map.of("n", "101"))).get("extension"))
                .as("everyone reads the directory").isEqualTo(created);

        JsonNode bare = extension(t.adminToken(), "102");
        assertThat(bare.get("callerIdName").asString()).isEqualTo("Extension 102");
        assertThat(bare.get("owner").isNull()).isTrue();
    }

    @Test
    void rejectsExtensionOutsideTheNumberingPlan() {
        TestTenant t = newTenant("outofplan");
        assertRejected(createExtension(t.adminToken(), Map.of("number", "1000")),
                "VALIDATION", "input.number", "extension number 1000 is outside the tenant's range 100-899");
    }

    @Test
    void rejectsAMalformedNumber() {
        TestTenant t = newTenant("malformed");
        JsonNode r = createExtension(t.adminToken(), Map.of("number", "abc"));
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.number");
        assertThat(errorMessage(r)).contains("abc");
    }

    @Test
    void rejectsABadCallerIdNumber() {
        TestTenant t = newTenant("callerid");
        assertRejected(createExtension(t.adminToken(), Map.of("number", "150", "callerIdNumber", "12ab")),
                "VALIDATION", "input.callerIdNumber", "caller-ID number '12ab' must be 2-20 digits, optionally with a leading +");
        assertThat(errorCode(graphql(t.adminToken(), EXTENSION, Map.of("n", "150")))).as("nothing was created").isEqualTo("NOT_FOUND");
    }

    @Test
    void rejectsAnUnknownOwnerOnCreate() {
        TestTenant t = newTenant("noowner");
        assertRejected(createExtension(t.adminToken(), Map.of("number", "160", "ownerId", "bad id!")),
                "VALIDATION", "input.ownerId", "user id 'bad id!' is malformed");
        String ghost = UUID.randomUUID().toString();
        assertRejected(createExtension(t.adminToken(), Map.of("number", "160", "ownerId", ghost)),
                "NOT_FOUND", "input.ownerId", "no user " + ghost + " in this tenant");
    }

    @Test
    void rejectsAnUnknownOwnerOnUpdate() {
        TestTenant t = newTenant("noowner2");
        extension(t.adminToken(), "161");
        String ghost = UUID.randomUUID().toString();
        assertRejected(graphql(t.adminToken(), UPDATE, Map.of("n", "161", "in", Map.of("ownerId", ghost))),
                "NOT_FOUND", "input.ownerId", "no user " + ghost + " in this tenant");
    }

    @Test
    void rejectsADuplicateNumber() {
        TestTenant t = newTenant("dupext");
        extension(t.adminToken(), "170");
        assertRejected(createExtension(t.adminToken(), Map.of("number", "170")), "CONFLICT", "input.number", "extension 170 exists");
    }

    @Test
    void onlyAdminsCreateExtensions() {
        TestTenant t = newTenant("extrights");
        JsonNode r = createExtension(member(t, "USER").token(), Map.of("number", "180"));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("your role USER may not create extensions");
    }

    @Test
    void enforcesTheTenantsExtensionLimit() {
        TestTenant t = tenantWith("limited", null, Map.of("maxExtensions", 1, "maxConcurrentCalls", 1));
        extension(t.adminToken(), "100");
        assertRejected(createExtension(t.adminToken(), Map.of("number", "101")),
                "VALIDATION", "input.number", "the tenant has reached its limit of 1 extensions");
    }

    @Test
    void updatesAnExtensionAndClearsItsOwner() {
        TestTenant t = newTenant("extupdate");
        Member owner = member(t, "OPERATOR");
        extension(t.adminToken(), "200");
        JsonNode updated = data(graphql(t.adminToken(), UPDATE, Map.of("n", "200", "in", Map.of("callerIdName", "Sales",
                "callerIdNumber", "+390212345678", "classOfService", "national", "ownerId", owner.id())))).get("updateExtension");
        assertThat(updated.get("callerIdName").asString()).isEqualTo("Sales");
        assertThat(updated.get("callerIdNumber").asString()).isEqualTo("+390212345678");
        assertThat(updated.get("classOfService").asString()).isEqualTo("national");
        assertThat(updated.get("owner").get("displayName").asString()).isEqualTo("Owner OPERATOR");

        JsonNode cleared = data(graphql(t.adminToken(), UPDATE, Map.of("n", "200", "in", Map.of("clearOwner", true)))).get("updateExtension");
        assertThat(cleared.get("owner").isNull()).isTrue();
        assertThat(cleared.get("callerIdName").asString()).as("untouched fields are kept").isEqualTo("Sales");
        assertThat(data(graphql(t.adminToken(), EXTENSION, Map.of("n", "200"))).get("extension")).isEqualTo(cleared);
    }

    @Test
    void updateOfAnUnknownExtensionIsNotFound() {
        TestTenant t = newTenant("extghost");
        assertRejected(graphql(t.adminToken(), UPDATE, Map.of("n", "555", "in", Map.of("callerIdName", "Ghost"))),
                "NOT_FOUND", "number", "no extension 555");
    }

    @Test
    void deletingAnExtensionRemovesItsDevices() {
        TestTenant t = newTenant("extdelete");
        extension(t.adminToken(), "300");
        String first = username(device(t, "300"));
        String second = username(device(t, "300"));
        assertThat(data(graphql(t.adminToken(), DELETE, Map.of("n", "300"))).get("deleteExtension").asString()).isEqualTo("300");

        assertRejected(graphql(t.adminToken(), EXTENSION, Map.of("n", "300")), "NOT_FOUND", "number", "no extension 300");
        for (String username : List.of(first, second)) {
            assertRejected(graphql(t.adminToken(), RESET, Map.of("u", username)), "NOT_FOUND", "username", "no device " + username);
        }
        extension(t.adminToken(), "300");
        assertThat(data(graphql(t.adminToken(), DEVICES, Map.of("n", "300"))).get("extension").get("devices").size())
                .as("a recreated extension starts without devices").isZero();
    }

    @Test
    void createsADeviceWithAOneTimeSecretOnTheTenantsDomain() {
        TestTenant t = newTenant("device");
        extension(t.adminToken(), "400");
        JsonNode labelled = data(graphql(t.adminToken(), CREATE_DEVICE, Map.of("in", Map.of("extensionNumber", "400", "label", "Desk phone"))))
                .get("createDevice");
        assertThat(labelled.get("secret").asString()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(labelled.get("sipDomain").asString()).isEqualTo(t.sipDomain());
        assertThat(username(labelled)).startsWith("400-").matches("[a-z0-9][a-z0-9._-]{2,63}");
        assertThat(labelled.get("device").get("extensionNumber").asString()).isEqualTo("400");
        assertThat(labelled.get("device").get("label").asString()).isEqualTo("Desk phone");

        JsonNode plain = device(t, "400");
        assertThat(plain.get("device").get("label").asString()).isEqualTo("softphone");
        assertThat(username(plain)).isNotEqualTo(username(labelled));
        assertThat(plain.get("secret").asString()).isNotEqualTo(labelled.get("secret").asString());
    }

    @Test
    void createDeviceForAnUnknownExtensionIsNotFound() {
        TestTenant t = newTenant("devghost");
        JsonNode r = graphql(t.adminToken(), CREATE_DEVICE, Map.of("in", Map.of("extensionNumber", "404")));
        assertRejected(r, "NOT_FOUND", "input.extensionNumber", "no extension 404");
    }

    @Test
    void devicesAreVisibleToAdminsAndTheExtensionsOwnerOnly() {
        TestTenant t = newTenant("devlist");
        Member owner = member(t, "USER");
        Member stranger = member(t, "USER");
        data(createExtension(t.adminToken(), Map.of("number", "500", "ownerId", owner.id())));
        String username = username(device(t, "500"));

        for (String token : List.of(t.adminToken(), owner.token())) {
            JsonNode devices = data(graphql(token, DEVICES, Map.of("n", "500"))).get("extension").get("devices");
            assertThat(devices.size()).isEqualTo(1);
            assertThat(devices.get(0).get("username").asString()).isEqualTo(username);
            assertThat(devices.get(0).get("extensionNumber").asString()).isEqualTo("500");
        }
        JsonNode r = graphql(stranger.token(), DEVICES, Map.of("n", "500"));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("only admins and the extension's owner may see the devices of extension 500");
    }

    @Test
    void updatesADeviceLabel() {
        TestTenant t = newTenant("devlabel");
        extension(t.adminToken(), "510");
        String username = username(device(t, "510"));
        JsonNode updated = data(graphql(t.adminToken(), UPDATE_DEVICE, Map.of("u", username, "in", Map.of("label", "Kitchen"))))
                .get("updateDevice");
        assertThat(updated.get("username").asString()).isEqualTo(username);
        assertThat(updated.get("extensionNumber").asString()).isEqualTo("510");
        assertThat(updated.get("label").asString()).isEqualTo("Kitchen");
        assertThat(data(graphql(t.adminToken(), DEVICES, Map.of("n", "510"))).get("extension").get("devices").get(0).get("label")
                .asString()).isEqualTo("Kitchen");
    }

    @Test
    void resetDevicePasswordGivesANewSecretToAdminsAndTheOwnerOnly() {
        TestTenant t = newTenant("devreset");
        Member owner = member(t, "USER");
        Member stranger = member(t, "USER");
        data(createExtension(t.adminToken(), Map.of("number", "520", "ownerId", owner.id())));
        JsonNode original = device(t, "520");
        String username = username(original);

        JsonNode byAdmin = data(graphql(t.adminToken(), RESET, Map.of("u", username))).get("resetDevicePassword");
        JsonNode byOwner = data(graphql(owner.token(), RESET, Map.of("u", username))).get("resetDevicePassword");
        for (JsonNode reset : List.of(byAdmin, byOwner)) {
            assertThat(username(reset)).isEqualTo(username);
            assertThat(reset.get("sipDomain").asString()).isEqualTo(t.sipDomain());
            assertThat(reset.get("secret").asString()).hasSizeGreaterThanOrEqualTo(20);
        }
        assertThat(List.of(original.get("secret").asString(), byAdmin.get("secret").asString(), byOwner.get("secret").asString()))
                .doesNotHaveDuplicates();

        JsonNode r = graphql(stranger.token(), RESET, Map.of("u", username));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("only admins and the extension's owner may reset this device's password");
        TestTenant other = newTenant("devreset2");
        assertRejected(graphql(other.adminToken(), RESET, Map.of("u", username)), "NOT_FOUND", "username", "no device " + username);
    }

    @Test
    void deletesADevice() {
        TestTenant t = newTenant("devdelete");
        extension(t.adminToken(), "530");
        String username = username(device(t, "530"));
        assertThat(data(graphql(t.adminToken(), DELETE_DEVICE, Map.of("u", username))).get("deleteDevice").asString()).isEqualTo(username);

        assertRejected(graphql(t.adminToken(), RESET, Map.of("u", username)), "NOT_FOUND", "username", "no device " + username);
        assertRejected(graphql(t.adminToken(), DELETE_DEVICE, Map.of("u", username)), "NOT_FOUND", "username", "no device " + username);
        assertThat(data(graphql(t.adminToken(), DEVICES, Map.of("n", "530"))).get("extension").get("devices").size()).isZero();
    }

    @Test
    void extensionsArePagedInNumericOrder() {
        TestTenant t = newTenant("extpage");
        for (String number : List.of("105", "100", "250")) {
            extension(t.adminToken(), number);
        }
        assertThat(allPages(t.adminToken())).containsExactly("100", "105", "250");
    }

    @Test
    void numericOrderHoldsAcrossNumbersOfDifferentLength() {
        TestTenant t = tenantWith("extpagewide", Map.of("first", 10, "last", 99_999), null);
        for (String number : List.of("1000", "99", "250", "10000", "10")) {
            extension(t.adminToken(), number);
        }
        assertThat(allPages(t.adminToken())).containsExactly("10", "99", "250", "1000", "10000");
    }

    /** Follows extensions(first: 2) to the end, checking each page's size and hasNextPage. */
    private List<String> allPages(String token) {
        List<String> numbers = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonNode connection = data(graphql(token, LIST, vars)).get("extensions");
            JsonNode edges = connection.get("edges");
            hasNext = connection.get("pageInfo").get("hasNextPage").asBoolean();
            assertThat(edges.size()).as("full pages until the last").isEqualTo(hasNext ? 2 : edges.size()).isBetween(1, 2);
            for (int i = 0; i < edges.size(); i++) {
                numbers.add(edges.get(i).get("node").get("number").asString());
            }
            after = connection.get("pageInfo").get("endCursor").asString();
            assertThat(numbers.size()).as("paging must end").isLessThan(1_000);
        }
        return numbers;
    }
}
