package org.mastervoice.functions.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL function as AWS Lambda runs it: Spring Cloud Function's {@link FunctionInvoker} handler fed
 * API Gateway HTTP API (payload 2.0) events, answering with proxy responses; storage is a real dynalite.
 */
class GraphQlLambdaHandlerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOGIN = "root-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
    private static final String PASSWORD = "Lambda-Secret-1";
    private static final String[] PROPERTIES = {"MAIN_CLASS", "MASTERVOICE_DYNAMODB_ENDPOINT", "MASTERVOICE_SQS_ENDPOINT",
            "MASTERVOICE_RESOURCE_PREFIX", "MASTERVOICE_JWT_KEY_FILE", "MASTERVOICE_MODE", "spring.main.web-application-type"};
    private static FunctionInvoker handler;

    @BeforeAll
    static void deploy() throws Exception {
        LocalAws.Tables tables = LocalAws.freshTables();
        new DynamoDbUserStore(tables.clients().dynamoDb(), tables.settings()).create(new User(TenantId.PLATFORM, UserId.random(),
                new Login(LOGIN), "Root", Role.PLATFORM_ADMIN, Language.EN, new Argon2idPasswordHasher().hash(new UserPassword(PASSWORD))));
        Path key = Files.createTempDirectory("mv-lambda").resolve("jwt.key");
        KeyFile.readOrCreate(key);
        // what the Lambda's environment would hold
        System.setProperty("MAIN_CLASS", FunctionsApplication.class.getName());
        System.setProperty("MASTERVOICE_DYNAMODB_ENDPOINT", tables.settings().dynamodbEndpoint().orElseThrow().toString());
        System.setProperty("MASTERVOICE_SQS_ENDPOINT", "http://127.0.0.1:1");
        System.setProperty("MASTERVOICE_RESOURCE_PREFIX", tables.settings().resourcePrefix());
        System.setProperty("MASTERVOICE_JWT_KEY_FILE", key.toString());
        System.setProperty("MASTERVOICE_MODE", "CLOUD");
        System.setProperty("spring.main.web-application-type", "none");
        handler = new FunctionInvoker("graphql");
    }

    @AfterAll
    static void clean() {
        for (String p : PROPERTIES) {
            System.clearProperty(p);
        }
    }

    @Test
    void answersApiGatewayV2EventsWithGraphQlResponsesAndHonoursTheBearerToken() throws Exception {
        JsonNode platform = invoke(null, "{ platform { name mode } }");
        assertThat(platform.get("data").get("platform").get("mode").asString()).isEqualTo("CLOUD");

        JsonNode login = invoke(null, "mutation { login(login: \"" + LOGIN + "\", password: \"" + PASSWORD + "\") { accessToken user { role } } }");
        assertThat(login.get("data").get("login").get("user").get("role").asString()).isEqualTo("PLATFORM_ADMIN");
        String token = login.get("data").get("login").get("accessToken").asString();

        JsonNode me = invoke(token, "{ me { login } }");
        assertThat(me.get("data").get("me").get("login").asString()).isEqualTo(LOGIN);

        JsonNode anonymous = invoke(null, "{ me { login } }");
        assertThat(anonymous.get("errors").get(0).get("extensions").get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    /** Sends one API Gateway HTTP API event and returns the GraphQL response inside the proxy response. */
    private static JsonNode invoke(String token, String query) throws Exception {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "POST /graphql");
        event.put("rawPath", "/graphql");
        event.put("rawQueryString", "");
        event.put("headers", headers);
        event.put("requestContext", Map.of("accountId", "123456789012", "apiId", "api", "domainName", "api.example.com",
                "requestId", UUID.randomUUID().toString(), "routeKey", "POST /graphql", "stage", "$default",
                "timeEpoch", System.currentTimeMillis(),
                "http", Map.of("method", "POST", "path", "/graphql", "protocol", "HTTP/1.1", "sourceIp", "203.0.113.7", "userAgent", "test")));
        event.put("body", JSON.writeValueAsString(Map.of("query", query)));
        event.put("isBase64Encoded", false);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
        JsonNode proxy = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(proxy.get("statusCode").asInt()).as(proxy.toString()).isEqualTo(200);
        return JSON.readTree(proxy.get("body").asString());
    }
}
