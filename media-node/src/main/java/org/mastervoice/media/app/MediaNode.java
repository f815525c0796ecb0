package org.mastervoice.media.app;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.registry.DynamoDbExtensionStore;
import org.mastervoice.aws.registry.DynamoDbLocationStore;
import org.mastervoice.aws.registry.DynamoDbShortNumberStore;
import org.mastervoice.aws.sqs.SqsCallEventPublisher;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.crypto.KeyFile;
import org.mastervoice.media.call.CallRouter;
import org.mastervoice.media.call.CallSettings;
import org.mastervoice.media.call.SipKit;
import org.mastervoice.media.commands.NodeCommandListener;
import org.mastervoice.media.directory.DirectoryCache;
import org.mastervoice.media.http.NodeHttpServer;
import org.mastervoice.media.registrar.AuthFailures;
import org.mastervoice.media.registrar.LocationPersister;
import org.mastervoice.media.registrar.RegisterHandler;
import org.mastervoice.media.rtp.MediaEngine;
import org.mastervoice.media.sip.JainSipSignalling;
import org.mastervoice.media.sip.SipRequestRouter;
import org.mastervoice.registration.LocationService;
import org.mastervoice.registration.RegistrationPolicy;
import org.mastervoice.security.DigestAuthenticator;

/**
 * One media node, wired: registry cache, in-memory registrations restored from and persisted to DynamoDB,
 * the SIP stack with its request router, and the HTTP port. {@link #start()} binds everything, {@link #close()}
 * releases it and writes the last registration changes.
 */
public final class MediaNode implements AutoCloseable {

    static final Duration DIRECTORY_TTL = Duration.ofSeconds(30);
    static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);
    static final Duration PERSIST_INTERVAL = Duration.ofMillis(250);

    private final MediaNodeSettings settings;
    private final Clock clock;
    private final AwsClients aws;
    private final LocationPersister persister;
    private final LocationService locations;
    private final AuthFailures authFailures = new AuthFailures();
    private final JainSipSignalling signalling;
    private final NodeHttpServer http;
    private final MediaEngine media;
    private final SqsCallEventPublisher events;
    private final CallSettings callSettings;
    private volatile CallRouter calls;
    private final NodeCommandListener commands;

    public MediaNode(MediaNodeSettings settings, Clock clock) {
        this(settings, clock, CallSettings.DEFAULT);
    }

    public MediaNode(MediaNodeSettings settings, Clock clock, CallSettings callSettings) {
        this.callSettings = callSettings;
        this.settings = settings;
        this.clock = clock;
        this.aws = new AwsClients(settings.aws());
        DynamoDbTenantStore tenants = new DynamoDbTenantStore(aws.dynamoDb(), settings.aws());
        DynamoDbExtensionStore extensions = new DynamoDbExtensionStore(aws.dynamoDb(), settings.aws());
        DirectoryCache directory = new DirectoryCache(tenants, extensions,
                new DynamoDbShortNumberStore(aws.dynamoDb(), settings.aws()), clock, DIRECTORY_TTL);
        this.persister = new LocationPersister(new DynamoDbLocationStore(aws.dynamoDb(), settings.aws()), clock, PERSIST_INTERVAL);
        this.locations = new LocationService(RegistrationPolicy.DEFAULT, clock, persister::changed);
        DigestAuthenticator digest = new DigestAuthenticator(nonceKey(settings), NONCE_LIFETIME, clock);
        this.media = new MediaEngine(settings.bind(), settings.rtpPorts());
        this.events = new SqsCallEventPublisher(aws.sqs(), settings.aws());
        String host = settings.advertisedHost();
        this.signalling = new JainSipSignalling(settings, (provider, factory) -> {
            MessageFactory messages = factory.createMessageFactory();
            HeaderFactory headers = factory.createHeaderFactory();
            AddressFactory addresses = factory.createAddressFactory();
            calls = new CallRouter(new SipKit(provider, messages, headers, addresses, host, settings.sipPort()), directory,
                    locations, digest, authFailures, media, events, callSettings, clock);
            return new SipRequestRouter(provider, messages, headers,
                    new RegisterHandler(messages, headers, addresses, directory, locations, digest, authFailures, clock), calls);
        });
        this.commands = new NodeCommandListener(aws.sqs(), settings.aws(), settings.nodeId(), directory, locations);
        this.http = new NodeHttpServer(new InetSocketAddress(settings.bind(), settings.httpPort()), this::healthJson);
    }

    public void start() {
        persister.start(locations);
        signalling.start();
        http.start();
        commands.start();
    }

    public LocationService locations() {
        return locations;
    }

    public AuthFailures authFailures() {
        return authFailures;
    }

    public int activeCalls() {
        return calls == null ? 0 : calls.activeCalls();
    }

    public int mediaPortsInUse() {
        return media.portsInUse();
    }

    public MediaEngine media() {
        return media;
    }

    @Override
    public void close() {
        commands.close();
        http.close();
        signalling.close();
        if (calls != null) {
            calls.close();
        }
        media.close();
        persister.close();
        events.close();
        aws.close();
    }

    private String healthJson() {
        return "{\"status\":\"UP\",\"service\":\"media-node\",\"nodeId\":\"" + settings.nodeId()
                + "\",\"sipPort\":" + settings.sipPort() + ",\"rtpPorts\":\"" + settings.rtpPorts()
                + "\",\"registrations\":" + locations.snapshot().size() + ",\"calls\":" + activeCalls()
                + ",\"rtpFromCallers\":" + media.packetsFromCallers() + ",\"rtpFromCallees\":" + media.packetsFromCallees() + "}";
    }

    /** Derived from the shared key when there is one (nodes accept each other's nonces), else random per node. */
    private static byte[] nonceKey(MediaNodeSettings settings) {
        if (settings.sharedKeyFile().isEmpty()) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return key;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KeyFile.read(settings.sharedKeyFile().get()), "HmacSHA256"));
            return mac.doFinal("sip-digest-nonce".getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
