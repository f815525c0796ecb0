package org.mastervoice.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.ResourceSetup;
import org.mastervoice.aws.local.Dynalite;
import org.mastervoice.aws.registry.DynamoDbTenantStore;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A tenant look-up by SIP domain against dynalite over HTTP: two consistent GetItems (domain marker, tenant).
 * This is what every SIP request would pay without the node's registry cache: the reason the hot path
 * must not wait on the store (STACK.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RegistryReadBenchmark {

    private Dynalite dynalite;
    private AwsClients clients;
    private DynamoDbTenantStore tenants;
    private final SipDomain domain = new SipDomain("bench.example");

    @Setup(Level.Trial)
    public void start() {
        Path home = Path.of(System.getProperty("mastervoice.home", "."));
        dynalite = Dynalite.start(home, "127.0.0.1", 18765, Optional.empty(), line -> { });
        AwsSettings settings = AwsSettings.local(dynalite.endpoint(), URI.create("http://127.0.0.1:1"), "");
        clients = new AwsClients(settings);
        new ResourceSetup(clients, settings).ensureTables();
        tenants = new DynamoDbTenantStore(clients.dynamoDb(), settings);
        tenants.create(new Tenant(new TenantId("bench"), "Bench", domain, TenantStatus.ACTIVE, new NumberRange(100, 899),
                new TenantLimits(100, 10), Instant.now()));
    }

    @TearDown(Level.Trial)
    public void stop() {
        clients.close();
        dynalite.close();
    }

    @Benchmark
    public Optional<Tenant> findTenantBySipDomain() {
        return tenants.findBySipDomain(domain);
    }
}
