package org.mastervoice.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.aws.registry.DynamoDbUserStore;
import org.mastervoice.crypto.Argon2idPasswordHasher;
import org.mastervoice.crypto.KeyFile;
import org.mastervoice.directory.Language;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserPassword;
import org.mastervoice.functions.app.FunctionsApplication;
import org.mastervoice.tenant.TenantId;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The functions web process in this JVM, on a random port, against a real dynalite (fresh tables shared by
 * all API tests, which isolate themselves with unique tenants and logins). Requests go over real HTTP.
 * A platform admin is seeded straight into the store, as the launcher does.
 */
@SpringBootTest(classes = FunctionsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestBase {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String PLATFORM_LOGIN = "root-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
    protected static final String PLATFORM_PASSWORD = "Platform-Secret-1";
    private static final LocalAws.Tables TABLES = LocalAws.freshTables();
    private static final Path KEY_FILE = newKeyFile();

    static {
        new DynamoDbUserStore(TABLES.clients().dynamoDb(), TABLES.settings()).create(new User(TenantId.PLATFORM,
                UserId.random(), new Login(PLATFORM_LOGIN), "Root", Role.PLATFORM_ADMIN, Language.EN,
                new Argon2idPasswordHasher().hash(new UserPassword(PLATFORM_PASSWORD))));
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("MASTERVOICE_DYNAMODB_ENDPOINT", () -> TABLES.settings().dynamodbEndpoint().orElseThrow().toString());
        registry.add("MASTERVOICE_SQS_ENDPOINT", () -> "http://127.0.0.1:1");
        registry.add("MASTERVOICE_RESOURCE_PREFIX", () -> TABLES.settings().resourcePrefix());
        registry.add("MASTERVOICE_JWT_KEY_FILE", KEY_FILE::toString);
    }

    /** The key the process under test signs with. */
    protected static Path keyFile() {
        return KEY_FILE;
    }

    private static Path newKeyFile() {
        try {
            Path file = Files.createTempDirectory("mv-jwt").resolve("jwt.key");
            KeyFile.readOrCreate(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a GraphQL request; returns the whole response body. */
    protected JsonNode graphql(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return post(token, JSON.writeValueAsString(body));
    }

    protected JsonNode graphql(String token, String query) {
        return graphql(token, query, Map.of());
    }

    protected JsonNode post(String token, String body) {
        return postWithAuthorizationHeader(token == null ? null : "Bearer " + token, body);
    }

    /** A raw POST whose Authorization header (if any) is sent exactly as given. */
    protected JsonNode postWithAuthorizationHeader(String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The data of a response that must have no errors. */
    protected static JsonNode data(JsonNode response) {
        assertThat(response.has("errors")).as("unexpected errors: %s", response.get("errors")).isFalse();
        return response.get("data");
    }

    /** The first error's extensions.code. */
    protected static String errorCode(JsonNode response) {
        assertThat(response.has("errors")).as("expected an error, got %s", response).isTrue();
        return response.get("errors").get(0).get("extensions").get("code").asString();
    }

    /** The first error's extensions.field. */
    protected static String errorField(JsonNode response) {
        JsonNode field = response.get("errors").get(0).get("extensions").get("field");
        return field == null ? null : field.asString();
    }

    protected static String errorMessage(JsonNode response) {
        return response.get("errors").get(0).get("message").asString();
    }

    protected String login(String login, String password) {
        JsonNode r = graphql(null, "mutation($l:String!,$p:String!){ login(login:$l, password:$p){ accessToken refreshToken } }",
                Map.of("l", login, "p", password));
        return data(r).get("login").get("accessToken").asString();
    }

    protected String platformAdmin() {
        return login(PLATFORM_LOGIN, PLATFORM_PASSWORD);
    }

    /** A tenant created through the API by the platform admin, with its admin signed in. */
    protected record TestTenant(String id, String sipDomain, String adminLogin, String adminPassword, String adminToken) {
    }

    protected TestTenant newTenant(String name) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        String domain = id + ".example.com";
        String adminLogin = "admin@" + domain;
        String password = "Admin-Password-1";
        JsonNode r = graphql(platformAdmin(), """
                mutation($in: CreateTenantInput!) { createTenant(input: $in) { id sipDomain } }""",
                Map.of("in", Map.of("id", id, "name", "Tenant " + name, "sipDomain", domain,
                        "adminLogin", adminLogin, "adminPassword", password)));
        assertThat(data(r).get("createTenant").get("id").asString()).isEqualTo(id);
        return new TestTenant(id, domain, adminLogin, password, login(adminLogin, password));
    }

    /** A user with {@code role} in {@code tenant}, signed in; returns its token. */
    protected String newUser(TestTenant tenant, String role) {
        String login = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.sipDomain();
        JsonNode r = graphql(tenant.adminToken(), """
                mutation($in: CreateUserInput!) { createUser(input: $in) { id } }""",
                Map.of("in", Map.of("login", login, "displayName", "A " + role, "role", role, "password", "User-Password-1")));
        data(r);
        return login(login, "User-Password-1");
    }
}
