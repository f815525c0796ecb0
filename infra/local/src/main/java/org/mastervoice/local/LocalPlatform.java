package org.mastervoice.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.ResourceSetup;
import org.mastervoice.aws.local.Dynalite;
import org.mastervoice.aws.registry.DynamoDbExtensionStore;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.aws.registry.DynamoDbUserStore;
import org.mastervoice.crypto.Argon2idPasswordHasher;
import org.mastervoice.crypto.KeyFile;
import org.mastervoice.security.SecretGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts and stops the one-machine platform in order; see the package description. */
public final class LocalPlatform {

    static final String NODE_ID = "local-1";
    static final String READY_LINE = "MasterVoice Open is up";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);

    private final PlatformSettings settings;
    private final PrintStream out;
    private final List<ChildProcess> children = new ArrayList<>();
    private final CompletableFuture<String> unexpectedExit = new CompletableFuture<>();
    private Dynalite dynalite;
    private LocalSqs sqs;
    private volatile boolean stopping;

    public LocalPlatform(PlatformSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void start() {
        long started = System.nanoTime();
        Path functionsJar = deployable("functions/target/mastervoice-functions-exec.jar");
        Path mediaJar = deployable("media-node/target/mastervoice-media-node-exec.jar");
        Path dynamoDir = settings.dataDir().resolve("dynamo");

        ownerOnly(settings.dataDir());
        Dynalite db = Dynalite.start(settings.home(), settings.bind().getHostAddress(), settings.dynamodbPort(),
                Optional.of(dynamoDir), line -> out.println("[dynalite] " + line));
        synchronized (this) {
            dynalite = db;
            abortIfStopping();
        }
        watch("dynalite", dynalite.onExit());
        LocalSqs queues = LocalSqs.start(settings.bind().getHostAddress(), settings.reachableHost(), settings.sqsPort());
        synchronized (this) {
            sqs = queues;
            abortIfStopping();
        }
        AwsSettings aws = AwsSettings.local(URI.create(settings.url(settings.dynamodbPort())), sqs.endpoint(), "");

        CredentialsFile credentials = new CredentialsFile(settings.dataDir());
        DemoSeeder.Outcome seeded;
        try (AwsClients clients = new AwsClients(aws)) {
            List<String> created = new ResourceSetup(clients, aws).ensureAll(List.of(NODE_ID));
            if (!created.isEmpty()) {
                LOG.info("created tables {}", created);
            }
            seeded = new DemoSeeder(new DynamoDbTenantStore(clients.dynamoDb(), aws),
                    new DynamoDbUserStore(clients.dynamoDb(), aws), new DynamoDbExtensionStore(clients.dynamoDb(), aws),
                    new Argon2idPasswordHasher(), SecretGenerator.secure(), Clock.systemUTC())
                    .seed(credentials, settings.reachableHost(), settings.sipPort(), graphqlUrl());
        }

        // the key that signs access tokens; the media node will verify them for WebSocket clients
        Path jwtKey = settings.dataDir().resolve("jwt.key");
        KeyFile.readOrCreate(jwtKey);
        Map<String, String> common = Map.of(
                "MASTERVOICE_JWT_KEY_FILE", jwtKey.toString(),
                "MASTERVOICE_BIND", settings.bind().getHostAddress(),
                "MASTERVOICE_LOG_LEVEL", settings.logLevel().name().toLowerCase(Locale.ROOT),
                "MASTERVOICE_DYNAMODB_ENDPOINT", aws.dynamodbEndpoint().orElseThrow().toString(),
                "MASTERVOICE_SQS_ENDPOINT", aws.sqsEndpoint().orElseThrow().toString());
        ChildProcess functions = launch("functions", functionsJar, List.of("-Xmx512m", "-XX:+UseSerialGC"), common, Map.of(
                "MASTERVOICE_HTTP_PORT", String.valueOf(settings.httpPort()),
                "MASTERVOICE_MODE", "LOCAL"));
        ChildProcess media = launch("media-node", mediaJar, List.of("-Xmx1g", "--enable-native-access=ALL-UNNAMED"), common, Map.of(
                "MASTERVOICE_NODE_ID", NODE_ID,
                "MASTERVOICE_SIP_PORT", String.valueOf(settings.sipPort()),
                "MASTERVOICE_MEDIA_HTTP_PORT", String.valueOf(settings.mediaHttpPort()),
                "MASTERVOICE_RTP_PORTS", settings.rtpPorts().toString(),
                "MASTERVOICE_PUBLIC_ADDRESS", settings.publicAddress().map(InetAddress::getHostAddress).orElse("")));

        awaitHealthy(functions, settings.url(settings.httpPort()) + "/health");
        awaitHealthy(media, settings.url(settings.mediaHttpPort()) + "/health");
        banner(Duration.ofNanos(System.nanoTime() - started), credentials.path(), dynamoDir, seeded);
    }

    private String graphqlUrl() {
        return settings.url(settings.httpPort()) + "/graphql";
    }

    private Path deployable(String relative) {
        Path jar = settings.home().resolve(relative);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mastervoice up (it builds what is missing) or mvn package");
        }
        return jar;
    }

    private ChildProcess launch(String name, Path jar, List<String> jvmOptions, Map<String, String> common,
                                Map<String, String> own) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        Map<String, String> environment = new HashMap<>(common);
        environment.putAll(own);
        ChildProcess child;
        synchronized (this) {
            // under the stop lock: a Ctrl-C during start-up either sees this child or prevents it
            abortIfStopping();
            child = ChildProcess.start(name, command, environment, out);
            children.add(child);
        }
        watch(name, child.onExit());
        return child;
    }

    /** Any service that ends while the platform is not stopping ends the platform: half a PBX is worse than none. */
    private void watch(String name, CompletableFuture<Process> exit) {
        exit.thenAccept(process -> {
            if (!stopping) {
                unexpectedExit.complete(name + " exited with code " + process.exitValue());
            }
        });
    }

    private void awaitHealthy(ChildProcess child, String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (unexpectedExit.isDone()) {
                throw new IllegalStateException("start-up failed: " + unexpectedExit.join());
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + child.name());
            }
            pause();
        }
        throw new IllegalStateException(child.name() + " was not healthy within " + READY_TIMEOUT.toSeconds()
                + " s at " + url + " (last: " + last + ")");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void banner(Duration took, Path credentials, Path dynamoDir, DemoSeeder.Outcome seeded) {
        String http = settings.url(settings.httpPort());
        out.printf(Locale.ROOT, """

                %s (started in %.1f s)
                  Web app      %s/app/
                  GraphQL API  %s/graphql
                  Health       %s/health
                  SIP          domain %s at %s:%d (UDP, TCP)
                  Media node   %s/health, RTP ports %s
                  DynamoDB     %s (dynalite, data in %s)
                  SQS          %s (ElasticMQ, in memory)
                  Credentials  %s (%s)
                Press Ctrl-C to stop.
                %n""", READY_LINE, took.toMillis() / 1000.0, http, http, http, DemoSeeder.DEMO_DOMAIN,
                settings.reachableHost(), settings.sipPort(), settings.url(settings.mediaHttpPort()), settings.rtpPorts(),
                settings.url(settings.dynamodbPort()), dynamoDir, sqs.endpoint(), credentials,
                seeded == DemoSeeder.Outcome.CREATED ? "new demo tenant, admin and extensions 100-104" : "demo tenant from an earlier start");
        out.flush();
    }

    /** Blocks until a service ends on its own; returns why. */
    public String awaitUnexpectedExit() {
        return unexpectedExit.join();
    }

    private void abortIfStopping() {
        if (stopping) {
            throw new IllegalStateException("stopped during start-up");
        }
    }

    /** The data dir holds password hashes, device digests and the signing key: only its owner may read it. */
    private static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("could not restrict {} to its owner: {}", dir, e.toString());
        }
    }

    /** Stops children (SIGTERM, then SIGKILL), ElasticMQ, then dynalite. Safe to call more than once. */
    public synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        List<ChildProcess> running = List.copyOf(children);
        running.parallelStream().forEach(child -> child.stop(STOP_GRACE));
        if (sqs != null) {
            sqs.close();
        }
        if (dynalite != null) {
            dynalite.close();
        }
        out.println("MasterVoice Open stopped.");
        out.flush();
    }
}
