package org.mastervoice.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.aws.registry.DynamoDbExtensionStore;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.aws.registry.DynamoDbUserStore;
import org.mastervoice.crypto.Argon2idPasswordHasher;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.Role;
import org.mastervoice.media.support.SipProbe;
import org.mastervoice.directory.User;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user's path: {@code ./mastervoice up} on a fresh data dir and free ports, checked from outside with
 * the AWS SDK, HTTP and SIP; stopped with SIGTERM (no child left), started again (the data survived).
 */
class PlatformUpIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void upSeedsTheDemoTenantStopsCleanlyOnSigtermAndKeepsDataAcrossRestarts() throws Exception {
        Path dataDir = tmp.resolve("data");
        List<Integer> ports = FreePorts.take(5);
        int httpPort = ports.get(0);
        int sipPort = ports.get(1);
        int mediaPort = ports.get(2);
        int dynamoPort = ports.get(3);
        int sqsPort = ports.get(4);
        int rtp = FreePorts.evenRtpBase();
        List<String> settings = List.of("--data-dir", dataDir.toString(), "--http-port", "" + httpPort,
                "--sip-port", "" + sipPort, "--media-http-port", "" + mediaPort, "--dynamodb-port", "" + dynamoPort,
                "--sqs-port", "" + sqsPort, "--rtp-ports", rtp + "-" + (rtp + 99));
        AwsSettings aws = AwsSettings.local(URI.create("http://127.0.0.1:" + dynamoPort),
                URI.create("http://127.0.0.1:" + sqsPort), "");

        Tenant firstTenant;
        String firstCredentials;
        try (PlatformProcess platform = PlatformProcess.up(LocalAws.home(), settings).awaitReady()) {
            assertThat(platform.output()).contains("new demo tenant");
            firstCredentials = Files.readString(dataDir.resolve("demo-credentials.json"));
            JsonNode creds = JSON.readTree(firstCredentials);
            assertCredentialsShape(creds, sipPort, httpPort);
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("demo-credentials.json")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(dataDir.resolve("dynamo")).isDirectoryContaining(p -> p.getFileName().toString().endsWith(".log")
                    || p.getFileName().toString().equals("CURRENT"));

            try (AwsClients clients = new AwsClients(aws)) {
                assertThat(clients.dynamoDb().listTables().tableNames()).contains("registry", "locations", "cdrs");
                List<String> queues = clients.sqs().listQueues().queueUrls().stream()
                        .map(url -> url.substring(url.lastIndexOf('/') + 1)).toList();
                assertThat(queues).contains("call-events.fifo", "webhook-deliveries", "webhook-deliveries-dlq", "node-commands-local-1");
                String deliveries = clients.sqs().getQueueUrl(b -> b.queueName("webhook-deliveries")).queueUrl();
                assertThat(clients.sqs().getQueueAttributes(b -> b.queueUrl(deliveries).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                        .attributes().get(QueueAttributeName.REDRIVE_POLICY)).contains("webhook-deliveries-dlq");
                String events = clients.sqs().getQueueUrl(b -> b.queueName("call-events.fifo")).queueUrl();
                assertThat(clients.sqs().getQueueAttributes(b -> b.queueUrl(events).attributeNames(QueueAttributeName.FIFO_QUEUE))
                        .attributes().get(QueueAttributeName.FIFO_QUEUE)).isEqualTo("true");

                firstTenant = assertDemoRegistryMatches(clients, aws, creds);
            }

            assertThat(get("http://127.0.0.1:" + httpPort + "/health")).contains("\"status\":\"UP\"", "\"registry\":\"ACTIVE\"");
            assertThat(get("http://127.0.0.1:" + mediaPort + "/health")).contains("\"status\":\"UP\"", "\"nodeId\":\"local-1\"");
            assertThat(get("http://127.0.0.1:" + httpPort + "/app/")).contains("<title>MasterVoice Open</title>");
            assertThat(postGraphQl(httpPort, "{ platform { name mode } }"))
                    .isEqualTo("{\"data\":{\"platform\":{\"name\":\"MasterVoice Open\",\"mode\":\"LOCAL\"}}}");
            String token = adminSignsInWithTheDemoCredentialsAndProvisions(httpPort, creds);
            deletingAnExtensionEndsItsDevicesRegistrationsAtOnce(httpPort, sipPort, token);
            assertThat(postGraphQlBody(httpPort, "{not json")).contains("\"code\":\"VALIDATION\"", "\"field\":\"body\"");
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/app/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as("HEAD /app/").isEqualTo(200);
            assertThat(sipOptions(sipPort)).startsWith("SIP/2.0 200 OK");

            List<ProcessHandle> children = platform.handle().descendants().toList();
            assertThat(children).as("dynalite, functions and media node run as children").hasSizeGreaterThanOrEqualTo(3);
            assertThat(children).anySatisfy(c -> assertThat(c.info().commandLine().orElse("")).contains("dynalite"));

            platform.terminate();
            assertThat(platform.awaitExit(Duration.ofSeconds(60))).as("128 + SIGTERM after a clean stop").isEqualTo(143);
            await("every child process gone").atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(children).noneMatch(ProcessHandle::isAlive));
            assertThat(platform.output()).contains("MasterVoice Open stopped.");
        }

        try (PlatformProcess again = PlatformProcess.up(LocalAws.home(), settings).awaitReady()) {
            assertThat(again.output()).contains("demo tenant from an earlier start");
            assertThat(Files.readString(dataDir.resolve("demo-credentials.json"))).isEqualTo(firstCredentials);
            try (AwsClients clients = new AwsClients(aws)) {
                Tenant tenant = new DynamoDbTenantStore(clients.dynamoDb(), aws).find(new TenantId("demo")).orElseThrow();
                assertThat(tenant).as("the same tenant, not a re-seeded one").isEqualTo(firstTenant);
                assertDemoRegistryMatches(clients, aws, JSON.readTree(firstCredentials));
                assertThat(new DynamoDbExtensionStore(clients.dynamoDb(), aws).devices(tenant.id(), "110"))
                        .as("what the admin provisioned before the restart").hasSize(1);
            }
            List<ProcessHandle> children = again.handle().descendants().toList();
            again.terminate();
            again.awaitExit(Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(children).noneMatch(ProcessHandle::isAlive));
        }
    }

    /** The issue's "done when": the demo admin signs in and creates a user, an extension and a device. */
    /** The API tells the media node: a deleted device can no longer register, and its binding is gone now, not in 30 s. */
    private void deletingAnExtensionEndsItsDevicesRegistrationsAtOnce(int httpPort, int sipPort, String token) throws Exception {
        JsonNode created = JSON.readTree(authorizedGraphQl(httpPort, token, """
                mutation { createExtension(input: {number: "111"}) { number }
                  createDevice(input: {extensionNumber: "111"}) { device { username } secret } }""")).get("data").get("createDevice");
        String username = created.get("device").get("username").asString();
        String secret = created.get("secret").asString();
        try (SipProbe phone = new SipProbe(sipPort)) {
            String contact = "Contact: <sip:" + username + "@127.0.0.1:" + phone.localPort() + ">\r\nExpires: 600\r\n";
            assertThat(phone.registerWithAuth(username, "demo.localhost", username, secret, contact)).startsWith("SIP/2.0 200");
            assertThat(authorizedGraphQl(httpPort, token, "mutation { deleteExtension(number: \"111\") }")).doesNotContain("errors");
            await("the node forgot the deleted device").atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(phone.registerWithAuth(username, "demo.localhost", username, secret, contact)).startsWith("SIP/2.0 403"));
        }
    }

    private String authorizedGraphQl(int httpPort, String token, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String adminSignsInWithTheDemoCredentialsAndProvisions(int httpPort, JsonNode creds) throws Exception {
        String login = "mutation($l:String!,$p:String!){ login(login:$l, password:$p){ accessToken } }";
        JsonNode session = JSON.readTree(postGraphQlBody(httpPort, JSON.writeValueAsString(Map.of("query", login, "variables",
                Map.of("l", creds.get("admin").get("login").asString(), "p", creds.get("admin").get("password").asString())))));
        String token = session.get("data").get("login").get("accessToken").asString();
        String provision = """
                mutation {
                  u: createUser(input: {login: "ada@demo.localhost", displayName: "Ada", password: "Analytical-Engine-1"}) { id }
                  e: createExtension(input: {number: "110", callerIdName: "Ada"}) { number }
                  d: createDevice(input: {extensionNumber: "110", label: "desk phone"}) { device { username } secret sipDomain }
                }""";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", provision)))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode data = JSON.readTree(response.body()).get("data");
        assertThat(response.body()).doesNotContain("\"errors\"");
        assertThat(data.get("e").get("number").asString()).isEqualTo("110");
        assertThat(data.get("d").get("secret").asString()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(data.get("d").get("sipDomain").asString()).isEqualTo("demo.localhost");
        return token;
    }

    private static void assertCredentialsShape(JsonNode creds, int sipPort, int httpPort) {
        List<String> fields = new ArrayList<>();
        Iterator<String> names = creds.propertyNames().iterator();
        names.forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("tenant", "sipDomain", "sipHost", "sipPort", "graphqlUrl",
                "admin", "platformAdmin", "extensions");
        assertThat(creds.get("tenant").asString()).isEqualTo("demo");
        assertThat(creds.get("sipDomain").asString()).isEqualTo("demo.localhost");
        assertThat(creds.get("sipHost").asString()).isEqualTo("127.0.0.1");
        assertThat(creds.get("sipPort").asInt()).isEqualTo(sipPort);
        assertThat(creds.get("graphqlUrl").asString()).isEqualTo("http://127.0.0.1:" + httpPort + "/graphql");
        for (String account : List.of("admin", "platformAdmin")) {
            assertThat(creds.get(account).get("login").asString()).contains("@");
            assertThat(creds.get(account).get("password").asString()).hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(creds.get("extensions")).hasSize(5);
        List<String> numbers = new ArrayList<>();
        for (JsonNode ext : creds.get("extensions")) {
            numbers.add(ext.get("number").asString());
            assertThat(ext.get("username").asString()).isNotBlank();
            assertThat(ext.get("password").asString()).doesNotContainPattern("[;\"\\[\\]\\\\ ]").hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(numbers).containsExactly("100", "101", "102", "103", "104");
    }

    /** The registry, read through our own adapters, holds exactly what the credentials file promises. */
    private static Tenant assertDemoRegistryMatches(AwsClients clients, AwsSettings aws, JsonNode creds) {
        Tenant tenant = new DynamoDbTenantStore(clients.dynamoDb(), aws).findBySipDomain(new SipDomain("demo.localhost")).orElseThrow();
        assertThat(tenant.id().value()).isEqualTo("demo");
        assertThat(tenant.isActive()).isTrue();

        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
        DynamoDbUserStore users = new DynamoDbUserStore(clients.dynamoDb(), aws);
        User admin = users.findByLogin(new Login(creds.get("admin").get("login").asString())).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.TENANT_ADMIN);
        assertThat(hasher.matches(creds.get("admin").get("password").asString(), admin.passwordHash())).isTrue();
        User root = users.findByLogin(new Login(creds.get("platformAdmin").get("login").asString())).orElseThrow();
        assertThat(root.role()).isEqualTo(Role.PLATFORM_ADMIN);

        DynamoDbExtensionStore extensions = new DynamoDbExtensionStore(clients.dynamoDb(), aws);
        assertThat(extensions.list(tenant.id())).extracting(Extension::number).startsWith("100", "101", "102", "103", "104");
        for (JsonNode ext : creds.get("extensions")) {
            Device device = extensions.findDevice(tenant.id(), ext.get("username").asString()).orElseThrow();
            assertThat(device.extensionNumber()).isEqualTo(ext.get("number").asString());
            assertThat(device.ha1()).as("the file's password is the device's digest secret")
                    .isEqualTo(DigestHa1.of(ext.get("username").asString(), "demo.localhost", ext.get("password").asString()));
        }
        return tenant;
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private String postGraphQl(int port, String query) throws Exception {
        return postGraphQlBody(port, JSON.writeValueAsString(Map.of("query", query)));
    }

    private String postGraphQlBody(int port, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String sipOptions(int port) throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            String request = "OPTIONS sip:demo.localhost SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=z9hG4bK-e2e" + System.nanoTime() + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:probe@demo.localhost>;tag=e2e\r\nTo: <sip:demo.localhost>\r\n"
                    + "Call-ID: e2e-" + System.nanoTime() + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
            byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", port)));
            DatagramPacket reply = new DatagramPacket(new byte[4096], 4096);
            socket.receive(reply);
            return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
        }
    }
}
