package org.mastervoice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.crypto.Argon2idPasswordHasher;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.security.SecretGenerator;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;
import org.mastervoice.testkit.InMemoryExtensionStore;
import org.mastervoice.testkit.InMemoryTenantStore;
import org.mastervoice.testkit.InMemoryUserStore;
import org.mastervoice.testkit.MutableClock;

class DemoSeederTest {

    @TempDir
    Path dataDir;

    private final InMemoryTenantStore tenants = new InMemoryTenantStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryExtensionStore extensions = new InMemoryExtensionStore();
    // light Argon2 parameters: these tests check the flow, not the cost
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(1024, 1, 1);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    private DemoSeeder seeder(Random random) {
        return new DemoSeeder(tenants, users, extensions, hasher, new SecretGenerator(random), clock);
    }

    @Test
    void firstStartCreatesTenantAdminsAndExtensionsMatchingTheCredentialsFile() throws Exception {
        CredentialsFile file = new CredentialsFile(dataDir);
        assertThat(seeder(new Random(1)).seed(file, "127.0.0.1", 5060, "http://127.0.0.1:8080/graphql"))
                .isEqualTo(DemoSeeder.Outcome.CREATED);

        DemoCredentials creds = file.read().orElseThrow();
        assertThat(Files.getPosixFilePermissions(file.path())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(creds.tenant()).isEqualTo("demo");
        assertThat(creds.sipDomain()).isEqualTo("demo.localhost");
        assertThat(creds.sipPort()).isEqualTo(5060);

        Tenant demo = tenants.findBySipDomain(DemoSeeder.DEMO_DOMAIN).orElseThrow();
        assertThat(demo.createdAt()).isEqualTo(clock.instant());
        User admin = users.findByLogin(new Login(creds.admin().login())).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.TENANT_ADMIN);
        assertThat(admin.tenantId()).isEqualTo(demo.id());
        assertThat(hasher.matches(creds.admin().password(), admin.passwordHash())).isTrue();
        assertThat(creds.admin().password()).hasSizeGreaterThanOrEqualTo(12);
        User root = users.findByLogin(new Login(creds.platformAdmin().login())).orElseThrow();
        assertThat(root.role()).isEqualTo(Role.PLATFORM_ADMIN);
        assertThat(hasher.matches(creds.platformAdmin().password(), root.passwordHash())).isTrue();

        assertThat(extensions.list(demo.id())).extracting(Extension::number).containsExactly("100", "101", "102", "103", "104");
        for (DemoCredentials.ExtensionAccount account : creds.extensions()) {
            Device device = extensions.findDevice(demo.id(), account.username()).orElseThrow();
            assertThat(device.extensionNumber()).isEqualTo(account.number());
            assertThat(device.ha1()).isEqualTo(DigestHa1.of(account.username(), "demo.localhost", account.password()));
        }
    }

    @Test
    void secondStartKeepsSecretsAndOnlyUpdatesEndpoints() {
        CredentialsFile file = new CredentialsFile(dataDir);
        seeder(new Random(1)).seed(file, "127.0.0.1", 5060, "http://127.0.0.1:8080/graphql");
        DemoCredentials first = file.read().orElseThrow();

        assertThat(seeder(new Random(2)).seed(file, "127.0.0.1", 5070, "http://127.0.0.1:9090/graphql"))
                .isEqualTo(DemoSeeder.Outcome.ALREADY_PRESENT);
        DemoCredentials second = file.read().orElseThrow();
        assertThat(second.admin()).isEqualTo(first.admin());
        assertThat(second.extensions()).isEqualTo(first.extensions());
        assertThat(second.sipPort()).isEqualTo(5070);
        assertThat(second.graphqlUrl()).isEqualTo("http://127.0.0.1:9090/graphql");
    }

    @Test
    void interruptedSeedIsCompletedWithTheSameSecrets() {
        CredentialsFile file = new CredentialsFile(dataDir);
        // the first attempt dies after writing the plan and some items: simulate with a store that fails on the tenant
        TenantStore failing = new TenantStore() {
            @Override
            public void create(Tenant tenant) {
                throw new IllegalStateException("power cut");
            }

            @Override
            public Optional<Tenant> find(TenantId id) {
                return Optional.empty();
            }

            @Override
            public Optional<Tenant> findBySipDomain(SipDomain domain) {
                return Optional.empty();
            }

            @Override
            public void update(Tenant tenant) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(TenantId id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<Tenant> list(PageRequest page) {
                return new Page<>(List.of(), List.of(), false);
            }
        };
        DemoSeeder crashing = new DemoSeeder(failing, users, extensions, hasher, new SecretGenerator(new Random(1)), clock);
        assertThatThrownBy(() -> crashing.seed(file, "127.0.0.1", 5060, "u")).hasMessage("power cut");
        DemoCredentials planned = file.read().orElseThrow();

        assertThat(seeder(new Random(99)).seed(file, "127.0.0.1", 5060, "u")).isEqualTo(DemoSeeder.Outcome.CREATED);
        assertThat(file.read().orElseThrow().extensions()).isEqualTo(planned.extensions());
        DemoCredentials.ExtensionAccount first = planned.extensions().getFirst();
        assertThat(extensions.findDevice(DemoSeeder.DEMO, first.username()).orElseThrow().ha1())
                .isEqualTo(DigestHa1.of(first.username(), "demo.localhost", first.password()));
        assertThat(tenants.find(DemoSeeder.DEMO)).isPresent();
    }
}
