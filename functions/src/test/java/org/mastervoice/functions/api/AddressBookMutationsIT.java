package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Groups, the central address book and short numbers through the API: rules, roles, paging and search. */
class AddressBookMutationsIT extends ApiTestBase {

    private static final String CREATE_GROUP = "mutation($in: GroupInput!) { createGroup(input: $in) { id name members } }";
    private static final String UPDATE_GROUP = "mutation($id: ID!, $in: GroupInput!) { updateGroup(id: $id, input: $in) { id name members } }";
    private static final String GROUP = "query($id: ID!) { group(id: $id) { id name members } }";
    private static final String CREATE_CONTACT = "mutation($in: ContactInput!) { createContact(input: $in) { id name company numbers { label number } } }";
    private static final String UPDATE_CONTACT = "mutation($id: ID!, $in: ContactInput!) { updateContact(id: $id, input: $in) { id name company numbers { label number } } }";
    private static final String CONTACT = "query($id: ID!) { contact(id: $id) { id name company numbers { label number } } }";
    private static final String SEARCH = "query($s: String, $first: Int, $after: String) { contacts(search: $s, first: $first, after: $after) "
            + "{ edges { node { name } cursor } pageInfo { hasNextPage endCursor } } }";
    private static final String CREATE_SHORT = "mutation($in: ShortNumberInput!) { createShortNumber(input: $in) { code number label } }";
    private static final String UPDATE_SHORT = "mutation($c: String!, $in: UpdateShortNumberInput!) { updateShortNumber(code: $c, input: $in) { code number label } }";

    // ---- groups ----

    @Test
    void adminCreatesAGroupAndItsMembersRoundTrip() {
        TestTenant t = newTenant("grp-create");
        JsonNode created = data(graphql(t.adminToken(), CREATE_GROUP, group("  Sales  ", "101", "102", "205"))).get("createGroup");
        assertThat(created.get("name").asString()).isEqualTo("Sales");
        assertThat(created.get("id").asString()).isNotBlank();
        JsonNode read = data(graphql(t.adminToken(), GROUP, Map.of("id", created.get("id").asString()))).get("group");
        assertThat(read.get("name").asString()).isEqualTo("Sales");
        assertThat(strings(read.get("members"))).containsExactly("101", "102", "205");
    }

    @Test
    void groupRulesAreReportedOnTheInputField() {
        TestTenant t = newTenant("grp-rules");
        assertValidation(graphql(t.adminToken(), CREATE_GROUP, group("   ", "101")), "input.name", "group name must be 1-50 characters");
        assertValidation(graphql(t.adminToken(), CREATE_GROUP, Map.of("in", Map.of("members", List.of("101")))),
                "input.name", "group name must be 1-50 characters");
        assertValidation(graphql(t.adminToken(), CREATE_GROUP, group("Twice", "101", "102", "101")), "input.members", "a member is listed twice");
        assertValidation(graphql(t.adminToken(), CREATE_GROUP, group("Letters", "101", "abc")),
                "input.members", "member 'abc' is not an extension number");
        String[] tooMany = IntStream.rangeClosed(100, 200).mapToObj(String::valueOf).toArray(String[]::new);
        assertThat(tooMany).hasSize(101);
        assertValidation(graphql(t.adminToken(), CREATE_GROUP, group("Crowd", tooMany)), "input.members", "a group has at most 100 members");
        String[] hundred = IntStream.rangeClosed(100, 199).mapToObj(String::valueOf).toArray(String[]::new);
        assertThat(data(graphql(t.adminToken(), CREATE_GROUP, group("Full", hundred))).get("createGroup").get("members").size())
                .as("exactly 100 members is allowed").isEqualTo(100);
    }

    @Test
    void updateGroupRenamesAndReplacesMembersAndAnUnknownIdIsNotFound() {
        TestTenant t = newTenant("grp-update");
        String id = data(graphql(t.adminToken(), CREATE_GROUP, group("Support", "101", "102"))).get("createGroup").get("id").asString();
        JsonNode renamed = data(graphql(t.adminToken(), UPDATE_GROUP, Map.of("id", id, "in", Map.of("name", "Helpdesk")))).get("updateGroup");
        assertThat(renamed.get("name").asString()).isEqualTo("Helpdesk");
        assertThat(strings(renamed.get("members"))).as("members untouched when not sent").containsExactly("101", "102");
        data(graphql(t.adminToken(), UPDATE_GROUP, Map.of("id", id, "in", Map.of("members", List.of("300", "301", "302")))));
        JsonNode read = data(graphql(t.adminToken(), GROUP, Map.of("id", id))).get("group");
        assertThat(read.get("name").asString()).isEqualTo("Helpdesk");
        assertThat(strings(read.get("members"))).containsExactly("300", "301", "302");

        assertValidation(graphql(t.adminToken(), UPDATE_GROUP, Map.of("id", id, "in", Map.of("members", List.of("300", "300")))),
                "input.members", "a member is listed twice");
        JsonNode missing = graphql(t.adminToken(), UPDATE_GROUP, Map.of("id", "no-such-group", "in", Map.of("name", "X")));
        assertThat(errorCode(missing)).isEqualTo("NOT_FOUND");
        assertThat(errorField(missing)).isEqualTo("id");
        assertThat(errorMessage(missing)).isEqualTo("no group no-such-group");
    }

    @Test
    void aDeletedGroupIsGone() {
        TestTenant t = newTenant("grp-delete");
        String id = data(graphql(t.adminToken(), CREATE_GROUP, group("Temp", "101"))).get("createGroup").get("id").asString();
        assertThat(data(graphql(t.adminToken(), "mutation($id: ID!) { deleteGroup(id: $id) }", Map.of("id", id))).get("deleteGroup").asString())
                .isEqualTo(id);
        JsonNode gone = graphql(t.adminToken(), GROUP, Map.of("id", id));
        assertThat(errorCode(gone)).isEqualTo("NOT_FOUND");
        assertThat(errorField(gone)).isEqualTo("id");
        assertThat(errorCode(graphql(t.adminToken(), "mutation($id: ID!) { deleteGroup(id: $id) }", Map.of("id", id))))
                .as("deleting twice").isEqualTo("NOT_FOUND");
    }

    @Test
    void aUserReadsGroupsButMayNotCreateThem() {
        TestTenant t = newTenant("grp-user");
        data(graphql(t.adminToken(), CREATE_GROUP, group("Visible", "101")));
        String user = newUser(t, "USER");
        assertThat(errorCode(graphql(user, CREATE_GROUP, group("Mine", "101")))).isEqualTo("FORBIDDEN");
        JsonNode list = data(graphql(user, "{ groups { edges { node { name } } } }")).get("groups").get("edges");
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("node").get("name").asString()).isEqualTo("Visible");
    }

    @Test
    void groupsArePagedWithCursors() {
        TestTenant t = newTenant("grp-page");
        for (String name : List.of("A", "B", "C")) {
            data(graphql(t.adminToken(), CREATE_GROUP, group(name, "101")));
        }
        String page = "query($after: String) { groups(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }";
        JsonNode first = data(graphql(t.adminToken(), page, Map.of())).get("groups");
        assertThat(first.get("edges").size()).isEqualTo(2);
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        JsonNode second = data(graphql(t.adminToken(), page, Map.of("after", first.get("pageInfo").get("endCursor").asString()))).get("groups");
        assertThat(second.get("edges").size()).isEqualTo(1);
        assertThat(second.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
        List<String> names = new ArrayList<>(names(first.get("edges")));
        names.addAll(names(second.get("edges")));
        assertThat(names).containsExactlyInAnyOrder("A", "B", "C");
    }

    // ---- contacts ----

    @Test
    void createContactNormalisesItsNumbers() {
        TestTenant t = newTenant("ct-create");
        JsonNode c = data(graphql(t.adminToken(), CREATE_CONTACT, contact(" Mario Rossi ", "ACME Srl",
                Map.of("label", "mobile", "number", "+39 333 123-4567"), Map.of("label", "office", "number", "(02) 1234.5678")))).get("createContact");
        assertThat(c.get("name").asString()).isEqualTo("Mario Rossi");
        JsonNode read = data(graphql(t.adminToken(), CONTACT, Map.of("id", c.get("id").asString()))).get("contact");
        assertThat(read.get("company").asString()).isEqualTo("ACME Srl");
        assertThat(read.get("numbers").get(0).get("label").asString()).isEqualTo("mobile");
        assertThat(read.get("numbers").get(0).get("number").asString()).isEqualTo("+393331234567");
        assertThat(read.get("numbers").get(1).get("number").asString()).isEqualTo("0212345678");
    }

    @Test
    void contactRulesAreReportedOnTheInputField() {
        TestTenant t = newTenant("ct-rules");
        Map<String, Object> mobile = Map.of("label", "mobile", "number", "3331234567");
        assertValidation(graphql(t.adminToken(), CREATE_CONTACT, Map.of("in", Map.of("numbers", List.of(mobile)))),
                "input.name", "contact name must be 1-100 characters");
        assertValidation(graphql(t.adminToken(), CREATE_CONTACT, contact("  ", null, mobile)), "input.name", "contact name must be 1-100 characters");
        assertValidation(graphql(t.adminToken(), CREATE_CONTACT, contact("No Numbers", null)), "input.numbers", "a contact has 1-10 numbers");
        assertValidation(graphql(t.adminToken(), CREATE_CONTACT, Map.of("in", Map.of("name", "Null Numbers"))),
                "input.numbers", "a contact has 1-10 numbers");
        assertValidation(graphql(t.adminToken(), CREATE_CONTACT, contact("Bad", null, Map.of("label", "x", "number", "12ab34"))),
                "input.numbers.number", "number '12ab34' must be 2-20 digits, optionally with a leading +");
        Object[] eleven = IntStream.range(0, 11).mapToObj(i -> Map.of("label", "n" + i, "number", "33300000" + i + i)).toArray();
        assertValidation(graphql(t.adminToken(), CREATE_CONTACT, contact("Eleven", null, eleven)), "input.numbers", "a contact has 1-10 numbers");
        assertThat(data(graphql(t.adminToken(), SEARCH, Map.of("first", 100))).get("contacts").get("edges").size())
                .as("nothing was stored").isZero();
    }

    @Test
    void anOperatorKeepsTheAddressBookAndAUserOnlyReadsIt() {
        TestTenant t = newTenant("ct-roles");
        String operator = newUser(t, "OPERATOR");
        String user = newUser(t, "USER");
        String id = data(graphql(operator, CREATE_CONTACT, contact("Front Desk", null, Map.of("label", "main", "number", "021234"))))
                .get("createContact").get("id").asString();
        JsonNode denied = graphql(user, CREATE_CONTACT, contact("Sneaky", null, Map.of("label", "main", "number", "021234")));
        assertThat(errorCode(denied)).isEqualTo("FORBIDDEN");
        assertThat(errorCode(graphql(user, UPDATE_CONTACT, Map.of("id", id, "in", Map.of("name", "Renamed"))))).isEqualTo("FORBIDDEN");
        assertThat(data(graphql(user, CONTACT, Map.of("id", id))).get("contact").get("name").asString()).isEqualTo("Front Desk");
    }

    @Test
    void searchFindsByNameCompanyOrDigitsOfANumber() {
        TestTenant t = newTenant("ct-search");
        data(graphql(t.adminToken(), CREATE_CONTACT, contact("Mario Rossi", "Acme Srl", Map.of("label", "mobile", "number", "+39 333 123 4567"))));
        data(graphql(t.adminToken(), CREATE_CONTACT, contact("Giulia Bianchi", "Globex", Map.of("label", "office", "number", "0298765432"))));
        assertThat(search(t, "ROSS")).containsExactly("Mario Rossi");
        assertThat(search(t, "giulia b")).containsExactly("Giulia Bianchi");
        assertThat(search(t, "acme")).containsExactly("Mario Rossi");
        assertThat(search(t, "GLOB")).containsExactly("Giulia Bianchi");
        assertThat(search(t, "3331234")).containsExactly("Mario Rossi");
        assertThat(search(t, "987-654")).as("separators in the search are ignored").containsExactly("Giulia Bianchi");
        assertThat(search(t, "Verdi")).isEmpty();
        assertThat(search(t, "55555")).isEmpty();
    }

    @Test
    void searchResultsArePagedOneByOne() {
        TestTenant t = newTenant("ct-spage");
        for (String name : List.of("Anna Ferri", "Bruno Ferri", "Carla Neri", "Dario Ferri")) {
            data(graphql(t.adminToken(), CREATE_CONTACT, contact(name, null, Map.of("label", "main", "number", "0212345"))));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            Map<String, Object> vars = new HashMap<>(Map.of("s", "ferri", "first", 1));
            vars.put("after", after);
            JsonNode conn = data(graphql(t.adminToken(), SEARCH, vars)).get("contacts");
            assertThat(conn.get("edges").size()).isEqualTo(1);
            seen.addAll(names(conn.get("edges")));
            assertThat(conn.get("pageInfo").get("hasNextPage").asBoolean()).isEqualTo(page < 2);
            after = conn.get("pageInfo").get("endCursor").asString();
        }
        assertThat(seen).containsExactlyInAnyOrder("Anna Ferri", "Bruno Ferri", "Dario Ferri");
        JsonNode past = data(graphql(t.adminToken(), SEARCH, Map.of("s", "ferri", "first", 1, "after", after))).get("contacts");
        assertThat(past.get("edges").size()).isZero();
        assertThat(past.get("pageInfo").get("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void updateAndDeleteAContact() {
        TestTenant t = newTenant("ct-update");
        String id = data(graphql(t.adminToken(), CREATE_CONTACT, contact("Luca", "Old Co", Map.of("label", "main", "number", "021111"))))
                .get("createContact").get("id").asString();
        JsonNode updated = data(graphql(t.adminToken(), UPDATE_CONTACT, Map.of("id", id, "in", Map.of("name", "Luca Verdi",
                "numbers", List.of(Map.of("label", "mobile", "number", "347 000 1111")))))).get("updateContact");
        assertThat(updated.get("name").asString()).isEqualTo("Luca Verdi");
        assertThat(updated.get("company").asString()).as("kept when not sent").isEqualTo("Old Co");
        assertThat(updated.get("numbers").get(0).get("number").asString()).isEqualTo("3470001111");
        assertThat(search(t, "verdi")).containsExactly("Luca Verdi");
        assertValidation(graphql(t.adminToken(), UPDATE_CONTACT, Map.of("id", id, "in", Map.of("name", " "))),
                "input.name", "contact name must be 1-100 characters");

        assertThat(data(graphql(t.adminToken(), "mutation($id: ID!) { deleteContact(id: $id) }", Map.of("id", id))).get("deleteContact").asString())
                .isEqualTo(id);
        JsonNode gone = graphql(t.adminToken(), CONTACT, Map.of("id", id));
        assertThat(errorCode(gone)).isEqualTo("NOT_FOUND");
        assertThat(errorField(gone)).isEqualTo("id");
        assertThat(errorMessage(gone)).isEqualTo("no contact " + id);
        assertThat(errorCode(graphql(t.adminToken(), UPDATE_CONTACT, Map.of("id", id, "in", Map.of("name", "Ghost"))))).isEqualTo("NOT_FOUND");
        assertThat(errorCode(graphql(t.adminToken(), "mutation($id: ID!) { deleteContact(id: $id) }", Map.of("id", id)))).isEqualTo("NOT_FOUND");
    }

    // ---- short numbers ----

    @Test
    void adminCreatesAShortNumberAndEveryoneSeesItInTheList() {
        TestTenant t = newTenant("sn-create");
        JsonNode s = data(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9001", "+39 02 1234-5678", " Head office "))).get("createShortNumber");
        assertThat(s.get("code").asString()).isEqualTo("9001");
        assertThat(s.get("number").asString()).isEqualTo("+390212345678");
        assertThat(s.get("label").asString()).isEqualTo("Head office");
        data(graphql(t.adminToken(), CREATE_SHORT, shortNumber("95", "112", "Emergency")));
        String user = newUser(t, "USER");
        JsonNode edges = data(graphql(user, "{ shortNumbers { edges { node { code number label } } pageInfo { hasNextPage } } }"))
                .get("shortNumbers").get("edges");
        List<String> codes = new ArrayList<>();
        edges.forEach(e -> codes.add(e.get("node").get("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder("9001", "95");
    }

    @Test
    void shortNumberRulesAreReportedOnTheInputField() {
        TestTenant t = newTenant("sn-rules");
        assertValidation(graphql(t.adminToken(), CREATE_SHORT, shortNumber("150", "0212345678", "Clash")),
                "input.code", "short code 150 lies inside the extension range 100-899 and would hide an extension");
        assertValidation(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9", "0212345678", "Short")),
                "input.code", "short code '9' must be 2-6 digits");
        assertValidation(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9002", "call-me", "Bad")),
                "input.number", "number 'callme' must be 2-20 digits, optionally with a leading +");
        assertValidation(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9003", "0212345678", "  ")),
                "input.label", "label must be 1-50 characters");
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        TestTenant t = newTenant("sn-dup");
        data(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9001", "0211111111", "First")));
        JsonNode dup = graphql(t.adminToken(), CREATE_SHORT, shortNumber("9001", "0222222222", "Second"));
        assertThat(errorCode(dup)).isEqualTo("CONFLICT");
        assertThat(errorField(dup)).isEqualTo("input.code");
        assertThat(errorMessage(dup)).isEqualTo("short code 9001 exists");
        JsonNode kept = data(graphql(t.adminToken(), "{ shortNumbers { edges { node { code number label } } } }")).get("shortNumbers").get("edges");
        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.get(0).get("node").get("label").asString()).isEqualTo("First");
    }

    @Test
    void aUserMayNotChangeShortNumbers() {
        TestTenant t = newTenant("sn-user");
        data(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9001", "0211111111", "Office")));
        String user = newUser(t, "USER");
        assertThat(errorCode(graphql(user, CREATE_SHORT, shortNumber("9002", "0211111111", "Mine")))).isEqualTo("FORBIDDEN");
        assertThat(errorCode(graphql(user, UPDATE_SHORT, Map.of("c", "9001", "in", Map.of("label", "Mine"))))).isEqualTo("FORBIDDEN");
        assertThat(errorCode(graphql(user, "mutation { deleteShortNumber(code: \"9001\") }"))).isEqualTo("FORBIDDEN");
    }

    @Test
    void updateAndDeleteAShortNumber() {
        TestTenant t = newTenant("sn-update");
        data(graphql(t.adminToken(), CREATE_SHORT, shortNumber("9001", "0211111111", "Office")));
        JsonNode relabelled = data(graphql(t.adminToken(), UPDATE_SHORT, Map.of("c", "9001", "in", Map.of("label", "Milan office")))).get("updateShortNumber");
        assertThat(relabelled.get("label").asString()).isEqualTo("Milan office");
        assertThat(relabelled.get("number").asString()).as("kept when not sent").isEqualTo("0211111111");
        JsonNode renumbered = data(graphql(t.adminToken(), UPDATE_SHORT, Map.of("c", "9001", "in", Map.of("number", "06 555 1234")))).get("updateShortNumber");
        assertThat(renumbered.get("number").asString()).isEqualTo("065551234");
        assertThat(renumbered.get("label").asString()).isEqualTo("Milan office");
        assertValidation(graphql(t.adminToken(), UPDATE_SHORT, Map.of("c", "9001", "in", Map.of("number", "x"))),
                "input.number", "number 'x' must be 2-20 digits, optionally with a leading +");
        JsonNode unknown = graphql(t.adminToken(), UPDATE_SHORT, Map.of("c", "9999", "in", Map.of("label", "Nope")));
        assertThat(errorCode(unknown)).isEqualTo("NOT_FOUND");
        assertThat(errorField(unknown)).isEqualTo("code");
        assertThat(errorMessage(unknown)).isEqualTo("no short number 9999");

        assertThat(data(graphql(t.adminToken(), "mutation { deleteShortNumber(code: \"9001\") }")).get("deleteShortNumber").asString()).isEqualTo("9001");
        assertThat(data(graphql(t.adminToken(), "{ shortNumbers { edges { node { code } } } }")).get("shortNumbers").get("edges").size()).isZero();
        JsonNode again = graphql(t.adminToken(), "mutation { deleteShortNumber(code: \"9001\") }");
        assertThat(errorCode(again)).isEqualTo("NOT_FOUND");
        assertThat(errorField(again)).isEqualTo("code");
    }

    // ---- helpers ----

    private List<String> search(TestTenant t, String text) {
        return names(data(graphql(t.adminToken(), SEARCH, Map.of("s", text, "first", 100))).get("contacts").get("edges"));
    }

    private static void assertValidation(JsonNode response, String field, String message) {
        assertThat(errorCode(response)).as("code of %s", response).isEqualTo("VALIDATION");
        assertThat(errorField(response)).as("field of %s", response).isEqualTo(field);
        assertThat(errorMessage(response)).isEqualTo(message);
    }

    private static Map<String, Object> group(String name, String... members) {
        return Map.of("in", Map.of("name", name, "members", List.of(members)));
    }

    private static Map<String, Object> contact(String name, String company, Object... numbers) {
        Map<String, Object> in = new HashMap<>();
        in.put("name", name);
        in.put("company", company);
        in.put("numbers", List.of(numbers));
        return Map.of("in", in);
    }

    private static Map<String, Object> shortNumber(String code, String number, String label) {
        return Map.of("in", Map.of("code", code, "number", number, "label", label));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> names(JsonNode edges) {
        List<String> out = new ArrayList<>();
        edges.forEach(e -> out.add(e.get("node").get("name").asString()));
        return out;
    }
}
