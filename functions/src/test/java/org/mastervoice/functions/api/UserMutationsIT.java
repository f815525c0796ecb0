package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** createUser, updateUser, deleteUser, users and user, with the rights of each role. */
class UserMutationsIT extends ApiTestBase {

    private static final String PASSWORD = "User-Password-1";
    private static final String USER_FIELDS = "id login displayName role language";
    private static final String CREATE = "mutation($in: CreateUserInput!) { createUser(input: $in) { " + USER_FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { "
            + USER_FIELDS + " } }";
    private static final String DELETE = "mutation($id: ID!) { deleteUser(id: $id) }";
    private static final String USER = "query($id: ID!) { user(id: $id) { " + USER_FIELDS + " } }";
    private static final String SIGN_IN = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken } }";

    /** A signed-in user created through the API. */
    private record Member(String id, String login, String token) {
    }

    private static String uniqueLogin(String name, TestTenant t) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + t.sipDomain();
    }

    private static Map<String, Object> userInput(String login) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("login", login);
        in.put("displayName", "Someone");
        in.put("password", PASSWORD);
        return in;
    }

    private Member member(TestTenant t, String role) {
        Map<String, Object> in = userInput(uniqueLogin(role.toLowerCase(), t));
        in.put("role", role);
        JsonNode user = data(graphql(t.adminToken(), CREATE, Map.of("in", in))).get("createUser");
        return new Member(user.get("id").asString(), user.get("login").asString(), login(user.get("login").asString(), PASSWORD));
    }

    private String adminId(TestTenant t) {
        return data(graphql(t.adminToken(), "{ me { id } }")).get("me").get("id").asString();
    }

    private JsonNode update(String token, String id, Map<String, Object> in) {
        return graphql(token, UPDATE, Map.of("id", id, "in", in));
    }

    private JsonNode signIn(String login, String password) {
        return graphql(null, SIGN_IN, Map.of("l", login, "p", password));
    }

    private static void assertRejected(JsonNode r, String code, String field, String message) {
        assertThat(errorCode(r)).isEqualTo(code);
        assertThat(errorField(r)).isEqualTo(field);
        assertThat(errorMessage(r)).isEqualTo(message);
    }

    @Test
    void createsAUserWithEveryFieldAndTheUserSignsIn() {
        TestTenant t = newTenant("users");
        String login = uniqueLogin("ada.lovelace", t);
        Map<String, Object> in = userInput(login.toUpperCase());
        in.put("displayName", "Ada Lovelace");
        in.put("role", "OPERATOR");
        in.put("language", "IT");
        JsonNode created = data(graphql(t.adminToken(), CREATE, Map.of("in", in))).get("createUser");
        assertThat(created.get("id").asString()).isNotBlank();
        assertThat(created.get("login").asString()).as("logins are stored lower case").isEqualTo(login);
        assertThat(created.get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(created.get("role").asString()).isEqualTo("OPERATOR");
        assertThat(created.get("language").asString()).isEqualTo("IT");

        assertThat(data(graphql(t.adminToken(), USER, Map.of("id", created.get("id").asString()))).get("user")).isEqualTo(created);
        String token = login(login, PASSWORD);
        assertThat(data(graphql(token, "{ me { " + USER_FIELDS + " } }")).get("me")).isEqualTo(created);
    }

    @Test
    void createUserDefaultsToRoleUserAndEnglish() {
        TestTenant t = newTenant("userdefaults");
        JsonNode created = data(graphql(t.adminToken(), CREATE, Map.of("in", userInput(uniqueLogin("plain", t))))).get("createUser");
        assertThat(created.get("role").asString()).isEqualTo("USER");
        assertThat(created.get("language").asString()).isEqualTo("EN");
    }

    @Test
    void rejectsALoginThatIsNotAnEmailAddress() {
        TestTenant t = newTenant("bademail");
        JsonNode r = graphql(t.adminToken(), CREATE, Map.of("in", userInput("not-an-email")));
        assertRejected(r, "VALIDATION", "input.login", "login 'not-an-email' is not an e-mail address");
    }

    @Test
    void rejectsPasswordsThatAreShortOrOfOneKind() {
        TestTenant t = newTenant("badpw");
        Map<String, Object> shortPassword = userInput(uniqueLogin("short", t));
        shortPassword.put("password", "Short-pw-1");
        assertRejected(graphql(t.adminToken(), CREATE, Map.of("in", shortPassword)),
                "VALIDATION", "input.password", "password must be at least 12 characters");

        Map<String, Object> oneKind = userInput(uniqueLogin("onekind", t));
        oneKind.put("password", "onlylowercaseletters");
        assertRejected(graphql(t.adminToken(), CREATE, Map.of("in", oneKind)), "VALIDATION", "input.password",
                "password must mix at least two kinds of characters (lower case, upper case, digits, symbols)");
    }

    @Test
    void rejectsThePlatformAdminRole() {
        TestTenant t = newTenant("noroot");
        Map<String, Object> in = userInput(uniqueLogin("root", t));
        in.put("role", "PLATFORM_ADMIN");
        assertRejected(graphql(t.adminToken(), CREATE, Map.of("in", in)),
                "VALIDATION", "input.role", "a tenant user cannot be a platform admin");
    }

    @Test
    void rejectsALoginUsedInAnotherTenant() {
        TestTenant first = newTenant("loginowner");
        TestTenant second = newTenant("logincopier");
        JsonNode r = graphql(second.adminToken(), CREATE, Map.of("in", userInput(first.adminLogin().toUpperCase())));
        assertRejected(r, "CONFLICT", "input.login", "login " + first.adminLogin() + " is taken");
    }

    @Test
    void onlyAdminsCreateUsers() {
        TestTenant t = newTenant("createrights");
        for (String role : List.of("USER", "OPERATOR")) {
            JsonNode r = graphql(member(t, role).token(), CREATE, Map.of("in", userInput(uniqueLogin("x", t))));
            assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
            assertThat(errorMessage(r)).isEqualTo("your role " + role + " may not create users");
        }
    }

    @Test
    void adminChangesNameRoleLanguageAndLogin() {
        TestTenant t = newTenant("edituser");
        Member m = member(t, "USER");
        String newLogin = uniqueLogin("renamed", t);
        JsonNode updated = data(update(t.adminToken(), m.id(), Map.of("displayName", "New Name", "role", "OPERATOR",
                "language", "IT", "login", newLogin))).get("updateUser");
        assertThat(updated.get("id").asString()).isEqualTo(m.id());
        assertThat(updated.get("login").asString()).isEqualTo(newLogin);
        assertThat(updated.get("displayName").asString()).isEqualTo("New Name");
        assertThat(updated.get("role").asString()).isEqualTo("OPERATOR");
        assertThat(updated.get("language").asString()).isEqualTo("IT");

        assertThat(errorCode(signIn(m.login(), PASSWORD))).as("the old login is gone").isEqualTo("UNAUTHENTICATED");
        String token = login(newLogin, PASSWORD);
        assertThat(data(graphql(token, "{ me { " + USER_FIELDS + " } }")).get("me")).isEqualTo(updated);
    }

    @Test
    void adminCannotTakeALoginInUseNorChangeTheirOwnRole() {
        TestTenant t = newTenant("loginclash");
        Member m = member(t, "USER");
        assertRejected(update(t.adminToken(), m.id(), Map.of("login", t.adminLogin())),
                "CONFLICT", "input.login", "login " + t.adminLogin() + " is taken");
        assertThat(login(m.login(), PASSWORD)).as("the user keeps their login").isNotBlank();

        assertRejected(update(t.adminToken(), adminId(t), Map.of("role", "USER")),
                "VALIDATION", "input.role", "you cannot change your own role; ask another admin");
    }

    @Test
    void aUserMayChangeTheirOwnNameAndLanguage() {
        TestTenant t = newTenant("selfedit");
        Member m = member(t, "USER");
        JsonNode updated = data(update(m.token(), m.id(), Map.of("displayName", "Call Me Al", "language", "IT"))).get("updateUser");
        assertThat(updated.get("displayName").asString()).isEqualTo("Call Me Al");
        assertThat(updated.get("language").asString()).isEqualTo("IT");
        assertThat(updated.get("role").asString()).isEqualTo("USER");
    }

    @Test
    void aUserMayNotChangeTheirOwnRoleOrLoginNorOtherUsers() {
        TestTenant t = newTenant("selfpromote");
        Member m = member(t, "USER");
        String refusal = "your role USER may only change your own name and language";
        for (Map<String, Object> change : List.<Map<String, Object>>of(Map.of("role", "TENANT_ADMIN"), Map.of("login", uniqueLogin("me", t)))) {
            JsonNode r = update(m.token(), m.id(), change);
            assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
            assertThat(errorMessage(r)).isEqualTo(refusal);
        }
        JsonNode other = update(m.token(), adminId(t), Map.of("displayName", "Hacked"));
        assertThat(errorCode(other)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(other)).isEqualTo(refusal);
        assertThat(data(graphql(m.token(), "{ me { role } }")).get("me").get("role").asString()).isEqualTo("USER");
        assertThat(data(graphql(t.adminToken(), "{ me { displayName } }")).get("me").get("displayName").asString())
                .isEqualTo("Administrator");
    }

    @Test
    void updateOfAnUnknownUserIsNotFound() {
        TestTenant t = newTenant("updateghost");
        String id = UUID.randomUUID().toString();
        assertRejected(update(t.adminToken(), id, Map.of("displayName", "Ghost")), "NOT_FOUND", "id", "no user " + id);
    }

    @Test
    void deletedUserCannotSignInAndTheirLoginIsFreed() {
        TestTenant t = newTenant("deluser");
        Member m = member(t, "USER");
        assertThat(data(graphql(t.adminToken(), DELETE, Map.of("id", m.id()))).get("deleteUser").asString()).isEqualTo(m.id());

        JsonNode r = signIn(m.login(), PASSWORD);
        assertThat(errorCode(r)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(r)).isEqualTo("wrong login or password");
        assertRejected(graphql(t.adminToken(), USER, Map.of("id", m.id())), "NOT_FOUND", "id", "no user " + m.id());
        data(graphql(t.adminToken(), CREATE, Map.of("in", userInput(m.login()))));
    }

    @Test
    void deletingAUserDetachesThemFromTheirExtensionsAndTheirTokenStopsWorking() {
        TestTenant t = newTenant("delowner");
        Member m = member(t, "USER");
        data(graphql(t.adminToken(), "mutation($o: ID!) { createExtension(input: {number: \"120\", ownerId: $o}) { number } }",
                Map.of("o", m.id())));
        data(graphql(t.adminToken(), DELETE, Map.of("id", m.id())));
        JsonNode ext = data(graphql(t.adminToken(), "{ extension(number: \"120\") { number owner { id } } }")).get("extension");
        assertThat(ext.get("number").asString()).isEqualTo("120");
        assertThat(ext.get("owner").isNull()).as("no dangling owner").isTrue();
        assertThat(errorCode(graphql(m.token(), "{ me { id } }"))).as("a token of a deleted user").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void adminCannotDeleteThemselves() {
        TestTenant t = newTenant("delself");
        assertRejected(graphql(t.adminToken(), DELETE, Map.of("id", adminId(t))),
                "VALIDATION", "id", "you cannot delete your own account");
        assertThat(login(t.adminLogin(), t.adminPassword())).isNotBlank();
    }

    @Test
    void deletingAnUnknownUserIsNotFoundAndOnlyAdminsDelete() {
        TestTenant t = newTenant("delghost");
        String id = UUID.randomUUID().toString();
        assertRejected(graphql(t.adminToken(), DELETE, Map.of("id", id)), "NOT_FOUND", "id", "no user " + id);

        Member operator = member(t, "OPERATOR");
        JsonNode r = graphql(operator.token(), DELETE, Map.of("id", adminId(t)));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("your role OPERATOR may not delete users");
    }

    @Test
    void usersArePagedForAdminsAndOperatorsOnly() {
        TestTenant t = newTenant("userpage");
        List<String> expected = new ArrayList<>(List.of(adminId(t)));
        Member operator = member(t, "OPERATOR");
        Member user = member(t, "USER");
        expected.addAll(List.of(operator.id(), user.id(), member(t, "AGENT").id()));
        String list = "query($after: String) { users(first: 3, after: $after) { edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }";

        for (String token : List.of(t.adminToken(), operator.token())) {
            JsonNode first = data(graphql(token, list, Map.of())).get("users");
            assertThat(first.get("edges").size()).isEqualTo(3);
            assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
            JsonNode second = data(graphql(token, list, Map.of("after", first.get("pageInfo").get("endCursor").asString()))).get("users");
            assertThat(second.get("edges").size()).isEqualTo(1);
            assertThat(second.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
            List<String> ids = new ArrayList<>();
            for (JsonNode page : List.of(first, second)) {
                for (int i = 0; i < page.get("edges").size(); i++) {
                    ids.add(page.get("edges").get(i).get("node").get("id").asString());
                }
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        }
        JsonNode r = graphql(user.token(), list, Map.of());
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("your role USER may not list users");
    }

    @Test
    void aCursorFromAnotherTenantsListIsRefused() {
        TestTenant mine = newTenant("cursora");
        TestTenant theirs = newTenant("cursorb");
        member(theirs, "USER");
        String list = "query($after: String) { users(first: 1, after: $after) { pageInfo { endCursor } } }";
        String foreign = data(graphql(theirs.adminToken(), list, Map.of())).get("users").get("pageInfo").get("endCursor").asString();
        assertRejected(graphql(mine.adminToken(), list, Map.of("after", foreign)), "VALIDATION", "after", "after is a cursor of another list");
    }

    @Test
    void userReadsThemselvesOperatorsReadEveryoneAndOtherTenantsStayInvisible() {
        TestTenant t = newTenant("readuser");
        Member user = member(t, "USER");
        Member operator = member(t, "OPERATOR");
        assertThat(data(graphql(user.token(), USER, Map.of("id", user.id()))).get("user").get("login").asString()).isEqualTo(user.login());
        JsonNode r = graphql(user.token(), USER, Map.of("id", operator.id()));
        assertThat(errorCode(r)).isEqualTo("FORBIDDEN");
        assertThat(errorMessage(r)).isEqualTo("your role USER may not read other users");
        assertThat(data(graphql(operator.token(), USER, Map.of("id", user.id()))).get("user").get("role").asString()).isEqualTo("USER");

        TestTenant other = newTenant("readother");
        assertRejected(graphql(other.adminToken(), USER, Map.of("id", user.id())), "NOT_FOUND", "id", "no user " + user.id());
    }
}
