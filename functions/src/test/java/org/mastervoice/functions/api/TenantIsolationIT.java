package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A tenant admin of A can reach nothing of tenant B: not by id, not by guessing, not through nested fields,
 * not with B's pagination cursors; roles are enforced inside a tenant.
 */
class TenantIsolationIT extends ApiTestBase {

    private TestTenant a;
    private TestTenant b;
    private String bUserId;
    private String bGroupId;
    private String bContactId;
    private String bDevice;

    @BeforeEach
    void twoTenants() {
        a = newTenant("iso-a");
        b = newTenant("iso-b");
        bUserId = data(graphql(b.adminToken(), "{ me { id } }")).get("me").get("id").asString();
        data(graphql(b.adminToken(), "mutation{ createExtension(input:{number:\"201\", ownerId:\"" + bUserId + "\"}){ number } }"));
        data(graphql(b.adminToken(), "mutation{ createExtension(input:{number:\"202\"}){ number } }"));
        bDevice = data(graphql(b.adminToken(), "mutation{ createDevice(input:{extensionNumber:\"201\"}){ device { username } } }"))
                .get("createDevice").get("device").get("username").asString();
        bGroupId = data(graphql(b.adminToken(), "mutation{ createGroup(input:{name:\"B team\", members:[\"201\"]}){ id } }"))
                .get("createGroup").get("id").asString();
        bContactId = data(graphql(b.adminToken(), "mutation{ createContact(input:{name:\"B customer\", numbers:[{label:\"office\", number:\"0212345\"}]}){ id } }"))
                .get("createContact").get("id").asString();
        data(graphql(b.adminToken(), "mutation{ createShortNumber(input:{code:\"9001\", number:\"+390212345678\", label:\"B HQ\"}){ code } }"));
    }

    @Test
    void readsByIdOfAnotherTenantAreNotFound() {
        assertThat(errorCode(graphql(a.adminToken(), "query($id:ID!){ user(id:$id){ login } }", Map.of("id", bUserId)))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(a.adminToken(), "{ extension(number:\"201\"){ number } }"))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(a.adminToken(), "query($id:ID!){ group(id:$id){ name } }", Map.of("id", bGroupId)))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(a.adminToken(), "query($id:ID!){ contact(id:$id){ name } }", Map.of("id", bContactId)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void listsShowOnlyTheCallersTenant() {
        JsonNode lists = data(graphql(a.adminToken(),
                "{ users { edges { node { id } } } extensions { edges { node { number } } } groups { edges { node { id } } }"
                        + " contacts { edges { node { id } } } shortNumbers { edges { node { code } } } }"));
        assertThat(lists.get("users").get("edges")).hasSize(1);
        assertThat(lists.toString()).doesNotContain(bUserId, bGroupId, bContactId, "9001", "\"201\"");
        assertThat(data(graphql(a.adminToken(), "{ contacts(search:\"B customer\") { edges { node { id } } } }"))
                .get("contacts").get("edges")).isEmpty();
    }

    @Test
    void writesToAnotherTenantsObjectsAreNotFoundAndChangeNothing() {
        List<String> attacks = List.of(
                "mutation{ updateExtension(number:\"201\", input:{callerIdName:\"pwned\"}){ number } }",
                "mutation{ deleteExtension(number:\"202\") }",
                "mutation{ resetDevicePassword(username:\"" + bDevice + "\"){ secret } }",
                "mutation{ deleteDevice(username:\"" + bDevice + "\") }",
                "mutation{ updateUser(id:\"" + bUserId + "\", input:{displayName:\"pwned\"}){ id } }",
                "mutation{ deleteUser(id:\"" + bUserId + "\") }",
                "mutation{ updateGroup(id:\"" + bGroupId + "\", input:{name:\"pwned\"}){ id } }",
                "mutation{ deleteContact(id:\"" + bContactId + "\") }",
                "mutation{ updateShortNumber(code:\"9001\", input:{label:\"pwned\"}){ code } }",
                "mutation{ deleteShortNumber(code:\"9001\") }");
        for (String attack : attacks) {
            assertThat(errorCode(graphql(a.adminToken(), attack))).as(attack).isEqualTo("NOT_FOUND");
        }
        JsonNode intact = data(graphql(b.adminToken(), "{ extension(number:\"201\"){ callerIdName devices { username } }"
                + " extensions { edges { node { number } } } me { displayName } shortNumbers { edges { node { label } } } }"));
        assertThat(intact.get("extension").get("callerIdName").asString()).isEqualTo("Extension 201");
        assertThat(intact.get("extension").get("devices")).hasSize(1);
        assertThat(intact.get("extensions").get("edges")).hasSize(2);
        assertThat(intact.get("me").get("displayName").asString()).isEqualTo("Administrator");
        assertThat(intact.get("shortNumbers").get("edges").get(0).get("node").get("label").asString()).isEqualTo("B HQ");
    }

    @Test
    void guessedIdsRevealNothing() {
        String guess = UUID.randomUUID().toString();
        assertThat(errorCode(graphql(a.adminToken(), "query($id:ID!){ user(id:$id){ login } }", Map.of("id", guess)))).isEqualTo("NOT_FOUND");
        assertThat(errorMessage(graphql(a.adminToken(), "query($id:ID!){ user(id:$id){ login } }", Map.of("id", bUserId))))
                .as("another tenant's id and a random id look the same").isEqualTo("no user " + bUserId);
    }

    @Test
    void nestedFieldsAreScopedToo() {
        // A's own extension owned by A's admin: the nested owner resolves; B's user id is not a valid owner in A
        assertThat(errorCode(graphql(a.adminToken(), "mutation($o:ID!){ createExtension(input:{number:\"301\", ownerId:$o}){ number } }",
                Map.of("o", bUserId)))).isEqualTo("NOT_FOUND");
        assertThat(errorField(graphql(a.adminToken(), "mutation($o:ID!){ createExtension(input:{number:\"301\", ownerId:$o}){ number } }",
                Map.of("o", bUserId)))).isEqualTo("input.ownerId");
        JsonNode ext = data(graphql(b.adminToken(), "{ extension(number:\"201\"){ owner { id } } }"));
        assertThat(ext.get("extension").get("owner").get("id").asString()).isEqualTo(bUserId);
    }

    @Test
    void anotherTenantsCursorIsRefused() {
        String bCursor = data(graphql(b.adminToken(), "{ extensions(first:1) { pageInfo { endCursor hasNextPage } } }"))
                .get("extensions").get("pageInfo").get("endCursor").asString();
        JsonNode r = graphql(a.adminToken(), "query($c:String){ extensions(first:5, after:$c){ edges { node { number } } } }", Map.of("c", bCursor));
        assertThat(errorCode(r)).isEqualTo("VALIDATION");
        assertThat(errorField(r)).isEqualTo("after");
    }

    @Test
    void rolesAreEnforcedInsideATenant() {
        String user = newUser(a, "USER");
        JsonNode r = graphql(user, "mutation{ createExtension(input:{number:\"150\"}){ number } }");
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorCode(graphql(user, "{ users { edges { node { id } } } }"))).isEqualTo("FORBIDDEN");
        assertThat(data(graphql(user, "{ extensions { edges { node { number } } } }")).get("extensions")).isNotNull();
        String operator = newUser(a, "OPERATOR");
        assertThat(errorCode(graphql(operator, "mutation{ createShortNumber(input:{code:\"9100\", number:\"0200\", label:\"x\"}){ code } }")))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void platformAdminManagesTenantsButActsInsideNone() {
        String root = platformAdmin();
        assertThat(errorCode(graphql(root, "{ extensions { edges { node { number } } } }"))).isEqualTo("FORBIDDEN");
        assertThat(errorCode(graphql(a.adminToken(), "{ tenants { edges { node { id } } } }"))).isEqualTo("FORBIDDEN");
        assertThat(errorCode(graphql(a.adminToken(), "mutation($id:ID!){ updateTenant(id:$id, input:{name:\"x\"}){ id } }", Map.of("id", b.id()))))
                .isEqualTo("FORBIDDEN");
    }
}
