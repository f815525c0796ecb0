package org.mastervoice.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.registry.DynamoDbExtensionStore;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;

/**
 * Seeds the SIP load test's tenant into a running platform's DynamoDB: domain bench.test, extensions
 * 1000-1999, each with a device whose username is the number and password "pass<number>" (the same users
 * the Kamailio reference accepts), and writes sipp's injection file.
 * Usage: SipBenchSeed <dynamodb-endpoint> <users.csv>
 */
public final class SipBenchSeed {

    private SipBenchSeed() {
    }

    public static void main(String[] args) throws Exception {
        AwsSettings aws = AwsSettings.local(URI.create(args[0]), URI.create("http://127.0.0.1:1"), "");
        try (AwsClients clients = new AwsClients(aws)) {
            DynamoDbTenantStore tenants = new DynamoDbTenantStore(clients.dynamoDb(), aws);
            DynamoDbExtensionStore extensions = new DynamoDbExtensionStore(clients.dynamoDb(), aws);
            TenantId id = new TenantId("bench");
            if (tenants.find(id).isEmpty()) {
                tenants.create(new Tenant(id, "Bench", new SipDomain("bench.test"), TenantStatus.ACTIVE, new NumberRange(1000, 1999),
                        new TenantLimits(1000, 10000), Instant.now()));
            }
            List<String> rows = new ArrayList<>();
            for (int n = 1000; n <= 1999; n++) {
                String user = Integer.toString(n);
                if (extensions.find(id, user).isEmpty()) {
                    extensions.create(new Extension(id, user, null, "Bench " + user, user, "internal"));
                    extensions.addDevice(new Device(id, user, user, "sipp", DigestHa1.of(user, "bench.test", "pass" + user)));
                }
                rows.add(user + ";bench.test;pass" + user);
            }
            Files.writeString(Path.of(args[1]), "SEQUENTIAL\n" + String.join("\n", rows) + "\n");
        }
    }
}
