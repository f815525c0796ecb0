package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.mastervoice.auth.Principal;
import org.mastervoice.crypto.JwtAccessTokens;
import org.mastervoice.crypto.KeyFile;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sign-in, refresh rotation, revocation and broken tokens, over HTTP. */
class SignInAndTokensIT extends ApiTestBase {

    private static final String LOGIN = "mutation($l:String!,$p:String!){ login(login:$l, password:$p){ accessToken refreshToken user { login role } } }";
    private static final String REFRESH = "mutation($t:String!){ refreshToken(refreshToken:$t){ accessToken refreshToken } }";

    @Test
    void adminSignsInAndReadsMeAndTenant() {
        TestTenant t = newTenant("signin");
        JsonNode me = data(graphql(t.adminToken(), "{ me { login role } tenant { id sipDomain status } }"));
        assertThat(me.get("me").get("login").asString()).isEqualTo(t.adminLogin());
        assertThat(me.get("me").get("role").asString()).isEqualTo("TENANT_ADMIN");
        assertThat(me.get("tenant").get("sipDomain").asString()).isEqualTo(t.sipDomain());
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSameAnswer() {
        TestTenant t = newTenant("wrongpw");
        JsonNode wrong = graphql(null, LOGIN, Map.of("l", t.adminLogin(), "p", "not-the-password-1"));
        JsonNode unknown = graphql(null, LOGIN, Map.of("l", "nobody@" + t.sipDomain(), "p", "not-the-password-1"));
        assertThat(errorCode(wrong)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(wrong)).isEqualTo(errorMessage(unknown)).isEqualTo("wrong login or password");
    }

    @Test
    void repeatedFailuresSlowTheLoginDownEvenForTheRightPassword() {
        TestTenant t = newTenant("throttle");
        for (int i = 0; i < 3; i++) {
            assertThat(errorCode(graphql(null, LOGIN, Map.of("l", t.adminLogin(), "p", "Wrong-Password-" + i)))).isEqualTo("UNAUTHENTICATED");
        }
        JsonNode blocked = graphql(null, LOGIN, Map.of("l", t.adminLogin(), "p", t.adminPassword()));
        assertThat(errorCode(blocked)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(blocked)).contains("too many failed sign-ins");
        assertThat(blocked.get("errors").get(0).get("extensions").get("retryAfterSeconds").asInt()).isPositive();
    }

    @Test
    void missingExpiredTamperedAndForeignTokensAreRejected() {
        TestTenant t = newTenant("tokens");
        assertThat(errorCode(graphql(null, "{ me { login } }"))).isEqualTo("UNAUTHENTICATED");
        assertThat(errorCode(graphql("not.a.jwt", "{ me { login } }"))).isEqualTo("UNAUTHENTICATED");
        String[] parts = t.adminToken().split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(errorCode(graphql(tampered, "{ me { login } }"))).isEqualTo("UNAUTHENTICATED");
        String foreign = new JwtAccessTokens(new byte[32], Clock.systemUTC())
                .issue(new Principal(UserId.random(), new TenantId(t.id()), Role.TENANT_ADMIN));
        assertThat(errorCode(graphql(foreign, "{ me { login } }"))).as("signed with another key").isEqualTo("UNAUTHENTICATED");
        String expired = new JwtAccessTokens(KeyFile.read(keyFile()), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-16)))
                .issue(new Principal(UserId.random(), new TenantId(t.id()), Role.TENANT_ADMIN));
        JsonNode r = graphql(expired, "{ me { login } }");
        assertThat(errorCode(r)).as("our key, but 16 minutes old").isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(r)).contains("expired");
    }

    @Test
    void refreshTokenRotatesAndAUsedOrRevokedOneIsRejected() {
        TestTenant t = newTenant("refresh");
        JsonNode first = data(graphql(null, LOGIN, Map.of("l", t.adminLogin(), "p", t.adminPassword()))).get("login");
        String refresh1 = first.get("refreshToken").asString();
        JsonNode second = data(graphql(null, REFRESH, Map.of("t", refresh1))).get("refreshToken");
        String access2 = second.get("accessToken").asString();
        assertThat(data(graphql(access2, "{ me { login } }")).get("me").get("login").asString()).isEqualTo(t.adminLogin());
        assertThat(errorCode(graphql(null, REFRESH, Map.of("t", refresh1)))).as("reuse of a rotated token").isEqualTo("UNAUTHENTICATED");

        String refresh2 = second.get("refreshToken").asString();
        data(graphql(null, "mutation($t:String!){ logout(refreshToken:$t) }", Map.of("t", refresh2)));
        assertThat(errorCode(graphql(null, REFRESH, Map.of("t", refresh2)))).as("revoked by logout").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void changePasswordChecksTheCurrentOneAndTheRules() {
        TestTenant t = newTenant("chpw");
        String change = "mutation($c:String!,$n:String!){ changePassword(currentPassword:$c, newPassword:$n) }";
        JsonNode wrongCurrent = graphql(t.adminToken(), change, Map.of("c", "Wrong-Password-1", "n", "Another-Password-2"));
        assertThat(errorCode(wrongCurrent)).isEqualTo("VALIDATION");
        assertThat(errorField(wrongCurrent)).isEqualTo("currentPassword");
        JsonNode tooShort = graphql(t.adminToken(), change, Map.of("c", t.adminPassword(), "n", "Short-1"));
        assertThat(errorField(tooShort)).isEqualTo("newPassword");
        assertThat(errorMessage(tooShort)).contains("at least 12 characters");
        JsonNode oneClass = graphql(t.adminToken(), change, Map.of("c", t.adminPassword(), "n", "onlylowercaseletters"));
        assertThat(errorMessage(oneClass)).contains("two kinds of characters");
        assertThat(data(graphql(t.adminToken(), change, Map.of("c", t.adminPassword(), "n", "Another-Password-2")))
                .get("changePassword").asBoolean()).isTrue();
        assertThat(login(t.adminLogin(), "Another-Password-2")).isNotBlank();
    }

    @Test
    void suspendedTenantCannotSignIn() {
        TestTenant t = newTenant("suspend");
        data(graphql(platformAdmin(), "mutation($id:ID!){ updateTenant(id:$id, input:{status: SUSPENDED}){ status } }", Map.of("id", t.id())));
        JsonNode r = graphql(null, LOGIN, Map.of("l", t.adminLogin(), "p", t.adminPassword()));
        assertThat(errorCode(r)).isEqualTo("UNAUTHENTICATED");
        assertThat(errorMessage(r)).contains("suspended");
    }
}
