package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** createTenant, updateTenant, deleteTenant and the tenants list, as the platform admin and as others. */
class TenantMutationsIT extends ApiTestBase {

    private static final String TENANT_FIELDS = "id name sipDomain status extensionRange { first last } "
            + "limits { maxExtensions maxConcurrentCalls } createdAt";
    private static final String CREATE = "mutation($in: CreateTenantInput!) { createTenant(input: $in) { " + TENANT_FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $in: UpdateTenantInput!) { updateTenant(id: $id, input: $in) { "
            + TENANT_FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!) { deleteTenant(id: $id) }";
    private static final String LIST = "query($first: Int, $after: String) { tenants(first: $first, after: $after) { "
            + "edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }";
    private static final String SIGN_IN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken } }";

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid createTenant input for {@code id}, its domain and admin derived from it; callers change single fields. */
    private static Map<String, Object> tenantInput(String id) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("id", id);
        in.put("name", "Tenant " + id);
        in.put("sipDomain", id + ".example.com");
        in.put("adminLogin", "admin@" + id + ".example.com");
        in.put("adminPassword", "Admin-Password-1");
        return in;
    }

    private JsonNode create(Map<String, Object> in) {
        return graphql(platformAdmin(), CREATE, Map.of("in", in));
    }

    private JsonNode update(String token, String id, Map<String, Object> in) {
        return graphql(token, UPDATE, Map.of("id", id, "in", in));
    }

    private JsonNode signIn(String login, String password) {
        return graphql(null, SIGN_IN, Map.of("l", login, "p", password));
    }

    @Test
    void createsATenantWhoseAdminSignsInAndSeesIt() {
        String id = uniqueId("acme");
        Map<String, Object> in = tenantInput(id);
        in.put("sipDomain", id.toUpperCase() + ".Example.COM");
        in.put("extensionRange", Map.of("first", 2000, "last", 2999));
        in.put("limits", Map.of("maxExtensions", 5, "maxConcurrentCalls", 2));
        in.put("adminName", "Grace Hopper");

        JsonNode created = data(create(in)).get("createTenant");
        assertThat(created.get("id").asString()).isEqualTo(id);
        assertThat(created.get("name").asString()).isEqualTo("Tenant " + id);
        assertThat(created.get("sipDomain").asString()).as("stored lower case").isEqualTo(id + ".example.com");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.get("extensionRange").get("first").asInt()).isEqualTo(2000);
        assertThat(created.get("extensionRange").get("last").asInt()).isEqualTo(2999);
        assertThat(created.get("limits").get("maxExtensions").asInt()).isEqualTo(5);
        assertThat(created.get("limits").get("maxConcurrentCalls").asInt()).isEqualTo(2);
        assertThat(Instant.parse(created.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));

        String admin = login("admin@" + id + ".example.com", "Admin-Password-1");
        JsonNode seen = data(graphql(admin, "{ me { displayName role } tenant { " + TENANT_FIELDS + " } }"));
        assertThat(seen.get("me").get("displayName").asString()).isEqualTo("Grace Hopper");
        assertThat(seen.get("me").get("role").asString()).isEqualTo("TENANT_ADMIN");
        assertThat(seen.get("tenant")).isEqualTo(created);
    }

    @Test
    void createsATenantWithTheDefaultPlanLimitsAndAdminName() {
        String id = uniqueId("defaults");
        JsonNode created = data(create(tenantInput(id))).get("createTenant");
        assertThat(created.get("extensionRange").get("first").asInt()).isEqualTo(100);
        assertThat(created.get("extensionRange").get("last").asInt()).isEqualTo(899);
        assertThat(created.get("limits").get("maxExtensions").asInt()).isEqualTo(100);
        assertThat(created.get("limits").get("maxConcurrentCalls").asInt()).isEqualTo(10);
        String admin = login("admin@" + id + ".example.com", "Admin-Password-1");
        assertThat(data(graphql(admin, "{ me { displayName } }")).get("me").get("displayName").asString()).isEqualTo("Administrator");
    }

    @Test
    void rejectsAMalformedTenantId() {
        Map<String, Object> in = tenantInput(uniqueId("badid"));
        in.put("id", "Bad Id");
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.id");
        assertThat(errorMessage(r)).isEqualTo("tenant id 'Bad Id' must be 2-32 lower-case letters, digits or dashes");
    }

    @Test
    void rejectsTheReservedPlatformId() {
        Map<String, Object> in = tenantInput(uniqueId("reserved"));
        in.put("id", "platform");
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.id");
        assertThat(errorMessage(r)).isEqualTo("tenant id 'platform' is reserved");
    }

    @Test
    void rejectsASingleLabelSipDomain() {
        Map<String, Object> in = tenantInput(uniqueId("onelabel"));
        in.put("sipDomain", "localhost");
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.sipDomain");
        assertThat(errorMessage(r)).isEqualTo("SIP domain 'localhost' must be a DNS name with at least two labels, e.g. acme.example.com");
    }

    @Test
    void rejectsASipDomainAnotherTenantUsesAndLeavesNothingBehind() {
        TestTenant existing = newTenant("domain");
        String id = uniqueId("domain2");
        Map<String, Object> in = tenantInput(id);
        in.put("sipDomain", existing.sipDomain().toUpperCase());
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("CONFLICT");
        assertThat(errorField(r)).isEqualTo("input.sipDomain");
        assertThat(errorMessage(r)).isEqualTo("SIP domain " + existing.sipDomain() + " is used by another tenant");

        assertThat(data(create(tenantInput(id))).get("createTenant").get("id").asString())
                .as("the refused id and admin login stay free").isEqualTo(id);
    }

    @Test
    void rejectsATenantIdThatIsTakenAndKeepsItsDomainFree() {
        TestTenant existing = newTenant("taken");
        String other = uniqueId("other");
        Map<String, Object> in = tenantInput(other);
        in.put("id", existing.id());
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("CONFLICT");
        assertThat(errorField(r)).isEqualTo("input.id");
        assertThat(errorMessage(r)).isEqualTo("tenant id " + existing.id() + " is taken");

        assertThat(data(create(tenantInput(other))).get("createTenant").get("sipDomain").asString())
                .as("the domain claimed by the refused create is released").isEqualTo(other + ".example.com");
    }

    @Test
    void rejectsAShortAdminPassword() {
        String id = uniqueId("shortpw");
        Map<String, Object> in = tenantInput(id);
        in.put("adminPassword", "Short-pw-1");
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.adminPassword");
        assertThat(errorMessage(r)).isEqualTo("password must be at least 12 characters");
        assertThat(data(create(tenantInput(id))).get("createTenant").get("id").asString()).as("nothing was created").isEqualTo(id);
    }

    @Test
    void rejectsABlankAdminNameOnItsOwnField() {
        Map<String, Object> in = tenantInput("blank-" + UUID.randomUUID().toString().substring(0, 6));
        in.put("adminName", " ");
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.adminName");
    }

    @Test
    void rejectsAnAdminLoginThatIsTaken() {
        TestTenant existing = newTenant("adminlogin");
        Map<String, Object> in = tenantInput(uniqueId("adminlogin2"));
        in.put("adminLogin", existing.adminLogin());
        JsonNode r = create(in);
        assertThat(errorCode(r)).isEqualTo("CONFLICT");
        assertThat(errorField(r)).isEqualTo("input.adminLogin");
        assertThat(errorMessage(r)).isEqualTo("login " + existing.adminLogin() + " is taken");
    }

    @Test
    void onlyPlatformAdminsCreateTenants() {
        TestTenant t = newTenant("nocreate");
        JsonNode r = graphql(t.adminToken(), CREATE, Map.of("in", tenantInput(uniqueId("sneaky"))));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("only platform admins may create tenants");
        assertThat(errorCode(graphql(null, CREATE, Map.of("in", tenantInput(uniqueId("anon")))))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void updatesNameStatusRangeAndLimits() {
        TestTenant t = newTenant("update");
        JsonNode updated = data(update(platformAdmin(), t.id(), Map.of("name", "Renamed Ltd",
                "extensionRange", Map.of("first", 1000, "last", 1999),
                "limits", Map.of("maxExtensions", 3, "maxConcurrentCalls", 4)))).get("updateTenant");
        assertThat(updated.get("name").asString()).isEqualTo("Renamed Ltd");
        assertThat(updated.get("sipDomain").asString()).as("fixed at creation").isEqualTo(t.sipDomain());
        assertThat(updated.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(updated.get("extensionRange").get("first").asInt()).isEqualTo(1000);
        assertThat(updated.get("limits").get("maxExtensions").asInt()).isEqualTo(3);
        assertThat(updated.get("limits").get("maxConcurrentCalls").asInt()).isEqualTo(4);

        JsonNode seen = data(graphql(t.adminToken(), "{ tenant { " + TENANT_FIELDS + " } }")).get("tenant");
        assertThat(seen).isEqualTo(updated);

        JsonNode onlyName = data(update(platformAdmin(), t.id(), Map.of("name", "Again"))).get("updateTenant");
        assertThat(onlyName.get("limits")).as("omitted fields are kept").isEqualTo(updated.get("limits"));
        assertThat(onlyName.get("extensionRange")).isEqualTo(updated.get("extensionRange"));
    }

    @Test
    void updateOfAnUnknownTenantIsNotFound() {
        String id = uniqueId("ghost");
        JsonNode r = update(platformAdmin(), id, Map.of("name", "Nobody"));
        assertThat(errorCode(r)).isEqualTo("NOT_FOUND");
        assertThat(errorField(r)).isEqualTo("id");
        assertThat(errorMessage(r)).isEqualTo("no tenant " + id);
    }

    @Test
    void updateRejectsInvalidLimitsAndTenantAdmins() {
        TestTenant t = newTenant("badlimits");
        JsonNode r = update(platformAdmin(), t.id(), Map.of("limits", Map.of("maxExtensions", 0, "maxConcurrentCalls", 1)));
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("input.limits.maxExtensions");
        assertThat(errorMessage(r)).isEqualTo("max extensions must be at least 1");

        JsonNode own = update(t.adminToken(), t.id(), Map.of("limits", Map.of("maxExtensions", 10_000, "maxConcurrentCalls", 1_000)));
        assertThat(errorCode(own)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(own)).isEqualTo("only platform admins may change tenants");
    }

    @Test
    void deletedTenantsPeopleCannotSignInAndItsNamesAreFreed() {
        TestTenant t = newTenant("delete");
        assertThat(data(graphql(platformAdmin(), DELETE, Map.of("id", t.id()))).get("deleteTenant").asString()).isEqualTo(t.id());

        JsonNode r = signIn(t.adminLogin(), t.adminPassword());
        assertThat(errorCode(r)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(r)).isEqualTo("wrong login or password");
        assertThat(errorCode(graphql(platformAdmin(), DELETE, Map.of("id", t.id())))).as("already gone").isEqualTo("NOT_FOUND");
        JsonNode stale = graphql(t.adminToken(), "mutation { createUser(input: {login: \"late@" + t.sipDomain()
                + "\", displayName: \"Late\", password: \"Late-Password-1\"}) { id } }");
        assertThat(errorCode(stale)).as("a token issued before the delete").isEqualTo("UNAUTHENTICATED");

        Map<String, Object> again = tenantInput(t.id());
        again.put("sipDomain", t.sipDomain());
        again.put("adminLogin", t.adminLogin());
        data(create(again));
        assertThat(login(t.adminLogin(), "Admin-Password-1")).as("id, domain and login can be used again").isNotBlank();
    }

    @Test
    void tenantAdminsCannotDeleteTenants() {
        TestTenant t = newTenant("nodelete");
        JsonNode r = graphql(t.adminToken(), DELETE, Map.of("id", t.id()));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("only platform admins may delete tenants");
        assertThat(data(graphql(t.adminToken(), "{ tenant { id } }")).get("tenant").get("id").asString()).isEqualTo(t.id());
    }

    @Test
    void platformAdminPagesThroughAllTenantsOneByOne() {
        List<String> mine = List.of(newTenant("page").id(), newTenant("page").id(), newTenant("page").id());
        String admin = platformAdmin();
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        for (int pages = 0; hasNext; pages++) {
            assertThat(pages).as("paging must end").isLessThan(10_000);
            Map<String, Object> vars = new HashMap<>();
            vars.put("first", 1);
            vars.put("after", after);
            JsonNode connection = data(graphql(admin, LIST, vars)).get("tenants");
            JsonNode edges = connection.get("edges");
            JsonNode pageInfo = connection.get("pageInfo");
            assertThat(edges.size()).isEqualTo(1);
            assertThat(pageInfo.get("endCursor").asString()).isEqualTo(edges.get(0).get("cursor").asString());
            seen.add(edges.get(0).get("node").get("id").asString());
            hasNext = pageInfo.get("hasNextPage").asBoolean();
            after = pageInfo.get("endCursor").asString();
        }
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);

        JsonNode all = data(graphql(admin, LIST, Map.of("first", 100))).get("tenants");
        if (seen.size() <= 100) {
            assertThat(all.get("edges").size()).isEqualTo(seen.size());
            assertThat(all.get("pageInfo").get("hasNextPage").asBoolean()).as("everything fits in one page").isFalse();
        }
    }

    @Test
    void tenantAdminsCannotListTenants() {
        TestTenant t = newTenant("nolist");
        JsonNode r = graphql(t.adminToken(), LIST, Map.of("first", 5));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("only platform admins may list tenants");
    }

    @Test
    void pageSizeMustBeBetweenOneAndOneHundred() {
        String admin = platformAdmin();
        for (int first : new int[] {0, 101}) {
            JsonNode r = graphql(admin, LIST, Map.of("first", first));
            assertThat(errorCode(r)).isEqualTo("VALIDATION");
            assertThat(errorField(r)).isEqualTo("first");
            assertThat(errorMessage(r)).isEqualTo("first must be between 1 and 100, was " + first);
        }
    }
}
