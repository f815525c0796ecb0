package org.mastervoice.media.support;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.aws.registry.DynamoDbExtensionStore;
import org.mastervoice.aws.registry.DynamoDbShortNumberStore;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.config.SettingsSource;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.media.app.MediaNode;
import org.mastervoice.media.app.MediaNodeSettings;
import org.mastervoice.media.call.CallSettings;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;

/**
 * A media node in this JVM on free ports, over fresh dynalite tables, with tenants seeded straight into the
 * registry: each tenant's extension N has one device {@code d<N>} with password {@code pass-<N>-<tenant>}.
 */
public final class NodeFixture implements AutoCloseable {

    public final LocalAws.Tables tables = LocalAws.freshTables();
    public final int sipPort = LocalAws.freePort();
    public final int httpPort = LocalAws.freePort();
    /** An RTP range of this fixture's own (the node binds it only during calls). */
    public final int rtpBase = 40000 + 200 * (int) (Math.floorMod(System.nanoTime(), 100L));
    /** Where the node publishes call events; none unless a test provides a queue server. */
    public String sqsEndpoint;
    private final DynamoDbTenantStore tenants = new DynamoDbTenantStore(tables.clients().dynamoDb(), tables.settings());
    private final DynamoDbExtensionStore extensions = new DynamoDbExtensionStore(tables.clients().dynamoDb(), tables.settings());
    private final DynamoDbShortNumberStore shortNumbers = new DynamoDbShortNumberStore(tables.clients().dynamoDb(), tables.settings());
    private MediaNode node;

    /** A tenant with extensions {@code first..last}; returns its SIP domain. */
    public String tenant(String name, int first, int last, TenantStatus status) {
        return tenant(name, first, last, status, List.of());
    }

    /** Also seeds short numbers ("code=number"). */
    public String tenant(String name, int first, int last, TenantStatus status, List<String> shortNumbers) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        Tenant tenant = new Tenant(new TenantId(id), name, new SipDomain(id + ".example"), status, new NumberRange(100, 899),
                new TenantLimits(500, 50), Instant.now());
        tenants.create(tenant);
        for (int n = first; n <= last; n++) {
            String number = Integer.toString(n);
            extensions.create(new Extension(tenant.id(), number, null, "Ext " + number, number, "internal"));
            extensions.addDevice(new Device(tenant.id(), username(n), number, "softphone",
                    DigestHa1.of(username(n), tenant.sipDomain().value(), password(n, tenant.sipDomain().value()))));
        }
        for (String s : shortNumbers) {
            String[] kv = s.split("=");
            this.shortNumbers.create(new ShortNumber(tenant.id(), kv[0], kv[1], "short " + kv[0]));
        }
        return tenant.sipDomain().value();
    }

    public static String username(int n) {
        return "d" + n;
    }

    public static String password(int n, String domain) {
        return "pass-" + n + "-" + domain.substring(0, domain.indexOf('.'));
    }

    public MediaNode start() {
        return start(CallSettings.DEFAULT);
    }

    public MediaNode start(CallSettings calls) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MASTERVOICE_SIP_PORT", String.valueOf(sipPort));
        env.put("MASTERVOICE_MEDIA_HTTP_PORT", String.valueOf(httpPort));
        env.put("MASTERVOICE_NODE_ID", "test-" + sipPort);
        env.put("MASTERVOICE_DYNAMODB_ENDPOINT", tables.settings().dynamodbEndpoint().orElseThrow().toString());
        env.put("MASTERVOICE_SQS_ENDPOINT", "http://127.0.0.1:1");
        env.put("MASTERVOICE_RESOURCE_PREFIX", tables.settings().resourcePrefix());
        env.put("MASTERVOICE_RTP_PORTS", rtpBase + "-" + (rtpBase + 199));
        if (sqsEndpoint != null) {
            env.put("MASTERVOICE_SQS_ENDPOINT", sqsEndpoint);
        }
        node = new MediaNode(MediaNodeSettings.from(SettingsSource.ofEnvironment(env)), Clock.systemUTC(), calls);
        node.start();
        return node;
    }

    public MediaNode node() {
        return node;
    }

    /** Stops the node (writing its last registrations), as a restart does. */
    public void stopNode() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    public AwsSettings aws() {
        return tables.settings();
    }

    @Override
    public void close() {
        stopNode();
        tables.clients().close();
    }
}
