package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The API's guard rails: page sizes, cursors, query depth, body size, malformed requests and the Authorization header. */
class ApiLimitsIT extends ApiTestBase {

    private static final String EXTENSIONS = "query($first: Int, $after: String) { extensions(first: $first, after: $after) "
            + "{ edges { node { number } } pageInfo { hasNextPage endCursor } } }";

    // ---- paging ----

    @Test
    void pageSizeMustBeBetweenOneAndAHundred() {
        TestTenant t = newTenant("lim-first");
        JsonNode tooMany = graphql(t.adminToken(), "{ extensions(first: 101) { edges { node { number } } } }");
        assertError(tooMany, "VALIDATION", "first", "first must be between 1 and 100, was 101");
        JsonNode zero = graphql(t.adminToken(), EXTENSIONS, Map.of("first", 0));
        assertError(zero, "VALIDATION", "first", "first must be between 1 and 100, was 0");
        assertError(graphql(t.adminToken(), "{ contacts(first: -1) { edges { cursor } } }"), "VALIDATION", "first",
                "first must be between 1 and 100, was -1");
        assertThat(data(graphql(t.adminToken(), EXTENSIONS, Map.of("first", 100))).get("extensions").get("edges").isArray()).isTrue();
        assertThat(data(graphql(t.adminToken(), EXTENSIONS, Map.of("first", 1))).get("extensions").get("edges").isArray()).isTrue();
    }

    @Test
    void aGarbageCursorIsRefusedOnAfter() {
        TestTenant t = newTenant("lim-after");
        assertError(graphql(t.adminToken(), EXTENSIONS, Map.of("after", "not a cursor!")), "VALIDATION", "after",
                "after is not a cursor of this API");
        assertError(graphql(t.adminToken(), EXTENSIONS, Map.of("after", "x")), "VALIDATION", "after",
                "after is not a cursor of this API");
        assertError(graphql(t.adminToken(), EXTENSIONS, Map.of("after", "a".repeat(600))), "VALIDATION", "after",
                "after is not a cursor of this API");
    }

    @Test
    void aCursorOfAnotherTenantsListIsRefused() {
        TestTenant a = newTenant("lim-cur-a");
        TestTenant b = newTenant("lim-cur-b");
        for (String number : new String[] {"101", "102"}) {
            data(graphql(a.adminToken(), "mutation($n: String!) { createExtension(input: {number: $n}) { number } }", Map.of("n", number)));
        }
        JsonNode first = data(graphql(a.adminToken(), EXTENSIONS, Map.of("first", 1))).get("extensions");
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        String cursor = first.get("pageInfo").get("endCursor").asString();
        JsonNode next = data(graphql(a.adminToken(), EXTENSIONS, Map.of("first", 1, "after", cursor))).get("extensions");
        assertThat(next.get("edges").get(0).get("node").get("number").asString()).isEqualTo("102");
        assertError(graphql(b.adminToken(), EXTENSIONS, Map.of("after", cursor)), "VALIDATION", "after",
                "after is a cursor of another list");
        assertError(graphql(a.adminToken(), "query($after: String) { groups(after: $after) { edges { cursor } } }", Map.of("after", cursor)),
                "VALIDATION", "after", "after is a cursor of another list");
    }

    // ---- query shape ----

    @Test
    void aQueryDeeperThanTwelveLevelsIsRefused() {
        JsonNode atLimit = graphql(null, introspectionOfDepth(12));
        assertThat(data(atLimit).get("__schema").get("types").isArray()).as("12 levels are allowed").isTrue();
        JsonNode tooDeep = graphql(null, introspectionOfDepth(13));
        assertThat(errorCode(tooDeep)).isEqualTo("VALIDATION");
        assertThat(errorMessage(tooDeep)).isEqualTo("maximum query depth exceeded 13 > 12");
        assertThat(hasData(tooDeep)).as("nothing executed").isFalse();
    }

    @Test
    void aSyntaxErrorIsAValidationError() {
        TestTenant t = newTenant("lim-syntax");
        JsonNode r = graphql(t.adminToken(), "{ me { login ");
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorMessage(r)).containsIgnoringCase("invalid syntax");
    }

    @Test
    void anUnknownFieldIsAValidationError() {
        TestTenant t = newTenant("lim-unknown");
        JsonNode r = graphql(t.adminToken(), "{ me { login shoeSize } }");
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorMessage(r)).contains("shoeSize").contains("undefined");
        assertThat(hasData(r)).as("nothing executed").isFalse();
    }

    // ---- the HTTP body ----

    @Test
    void aBodyOver64KiBIsRefusedUnread() {
        TestTenant t = newTenant("lim-body");
        String query = "# " + "x".repeat(70_000) + "\n{ me { login } }";
        JsonNode r = post(t.adminToken(), JSON.writeValueAsString(Map.of("query", query)));
        assertError(r, "VALIDATION", "body", "the request body exceeds 64 KiB");
        assertThat(r.has("data")).isFalse();

        String justUnder = "# " + "x".repeat(60_000) + "\n{ me { login } }";
        assertThat(data(post(t.adminToken(), JSON.writeValueAsString(Map.of("query", justUnder)))).get("me").get("login").asString())
                .isEqualTo(t.adminLogin());
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        TestTenant t = newTenant("lim-json");
        JsonNode r = post(t.adminToken(), "{\"query\": \"{ me { login } }\"");
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("body");
        assertThat(errorMessage(r)).startsWith("the request body is not a GraphQL request in JSON: ");
        assertThat(errorField(post(t.adminToken(), "query { me { login } }"))).as("GraphQL text without the JSON envelope").isEqualTo("body");
    }

    @Test
    void aRequestWithoutAQueryIsRefused() {
        TestTenant t = newTenant("lim-noquery");
        assertError(post(t.adminToken(), "{\"variables\": {}}"), "VALIDATION", "query", "the request has no query");
        assertError(post(t.adminToken(), "{\"query\": \"   \"}"), "VALIDATION", "query", "the request has no query");
    }

    // ---- the Authorization header ----

    @Test
    void meNeedsATokenButPlatformDoesNot() {
        JsonNode me = graphql(null, "{ me { login } }");
        assertThat(errorCode(me)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(me)).isEqualTo("sign in first: send the header 'Authorization: Bearer <access token>'");
        JsonNode platform = data(graphql(null, "{ platform { name version mode } }")).get("platform");
        assertThat(platform.get("name").asString()).isNotBlank();
        assertThat(platform.get("mode").asString()).isIn("LOCAL", "CLOUD");
    }

    @Test
    void anAuthorizationHeaderThatIsNotBearerIsRefused() {
        TestTenant t = newTenant("lim-basic");
        JsonNode basic = postWithAuthorization("Basic abc", "{ me { login } }");
        assertThat(errorCode(basic)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(basic)).isEqualTo("the Authorization header must be 'Bearer <access token>'");
        JsonNode basicPlatform = postWithAuthorization("Basic abc", "{ platform { name } }");
        assertThat(data(basicPlatform).get("platform").get("name").asString()).as("public fields ignore the header").isNotBlank();
        JsonNode lowerCase = postWithAuthorization("bearer " + t.adminToken(), "{ me { login } }");
        assertThat(data(lowerCase).get("me").get("login").asString()).as("the scheme is case-insensitive").isEqualTo(t.adminLogin());
        assertThat(errorCode(postWithAuthorization(t.adminToken(), "{ me { login } }"))).as("a token without the scheme")
                .isEqualTo("UNAUTHENTICATED");
    }

    // ---- helpers ----

    private static void assertError(JsonNode response, String code, String field, String message) {
        assertThat(errorCode(response)).as("code of %s", response).isEqualTo(code);
        assertThat(errorField(response)).as("field of %s", response).isEqualTo(field);
        assertThat(errorMessage(response)).isEqualTo(message);
    }

    private static boolean hasData(JsonNode response) {
        return response.has("data") && !response.get("data").isNull();
    }

    /**
     * An introspection query exactly {@code depth} fields deep: {@code __schema > types > fields > type}, then
     * {@code ofType} as often as needed, then {@code name}.
     */
    private static String introspectionOfDepth(int depth) {
        int ofTypes = depth - 5;
        assertThat(ofTypes).isPositive();
        String inner = "ofType { ".repeat(ofTypes) + "name" + " }".repeat(ofTypes);
        return "{ __schema { types { fields { type { " + inner + " } } } } }";
    }

    /** A GraphQL POST with a raw Authorization header. */
    private JsonNode postWithAuthorization(String authorization, String query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        return postWithAuthorizationHeader(authorization, JSON.writeValueAsString(body));
    }
}
