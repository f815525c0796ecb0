package org.mastervoice.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.Language;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.PasswordHash;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserStore;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;
import org.mastervoice.tenant.TenantStore;

/**
 * What every implementation of the registry ports must do; the in-memory fakes and the DynamoDB adapters
 * both extend it, so the fakes cannot drift from the real thing.
 */
public abstract class RegistryContract {

    protected abstract TenantStore tenants();

    protected abstract UserStore users();

    protected abstract ExtensionStore extensions();

    /** Unique per test: the DynamoDB tests share one table. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    protected Tenant tenant(String id) {
        return new Tenant(new TenantId(id + "-" + run), "Tenant " + id, new SipDomain(id + "-" + run + ".example"),
                TenantStatus.ACTIVE, new NumberRange(100, 899), new TenantLimits(100, 10), Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void storesTenantAndFindsItByIdAndDomain() {
        Tenant acme = tenant("acme");
        tenants().create(acme);
        assertThat(tenants().find(acme.id())).contains(acme);
        assertThat(tenants().findBySipDomain(new SipDomain(acme.sipDomain().value().toUpperCase()))).contains(acme);
        assertThat(tenants().find(new TenantId("nobody-" + run))).isEmpty();
    }

    @Test
    void secondTenantWithSameSipDomainIsAConflictAndLeavesNoTrace() {
        Tenant first = tenant("first");
        tenants().create(first);
        Tenant clash = new Tenant(new TenantId("clash-" + run), "Clash", first.sipDomain(), TenantStatus.ACTIVE,
                new NumberRange(100, 899), new TenantLimits(5, 5), Instant.EPOCH);
        assertThatThrownBy(() -> tenants().create(clash))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("sipDomain"));
        assertThat(tenants().find(clash.id())).isEmpty();
        assertThat(tenants().findBySipDomain(first.sipDomain())).contains(first);
    }

    @Test
    void sameTenantIdTwiceIsAConflictAndFreesTheNewDomain() {
        Tenant first = tenant("twice");
        tenants().create(first);
        SipDomain other = new SipDomain("other-" + run + ".example");
        Tenant again = new Tenant(first.id(), "Again", other, TenantStatus.ACTIVE, new NumberRange(100, 899),
                new TenantLimits(5, 5), Instant.EPOCH);
        assertThatThrownBy(() -> tenants().create(again))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThat(tenants().findBySipDomain(other)).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneDomainHaveExactlyOneWinner() throws Exception {
        SipDomain contested = new SipDomain("contested-" + run + ".example");
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Tenant t = new Tenant(new TenantId("racer" + i + "-" + run), "Racer " + i, contested, TenantStatus.ACTIVE,
                    new NumberRange(100, 899), new TenantLimits(5, 5), Instant.EPOCH);
            attempts.add(() -> {
                try {
                    tenants().create(t);
                    return true;
                } catch (ConflictException lost) {
                    return false;
                }
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        }
        assertThat(tenants().findBySipDomain(contested)).isPresent();
    }

    @Test
    void loginsAreUniqueAcrossTenantsAndUsersAreScopedToTheirTenant() {
        Tenant a = tenant("ua");
        Tenant b = tenant("ub");
        Login login = new Login("boss-" + run + "@example.com");
        User boss = new User(a.id(), UserId.random(), login, "Boss", Role.TENANT_ADMIN, Language.IT, new PasswordHash("$argon2id$x"));
        users().create(boss);
        assertThat(users().findByLogin(new Login(login.email().toUpperCase()))).contains(boss);
        assertThat(users().find(a.id(), boss.id())).contains(boss);
        assertThat(users().find(b.id(), boss.id())).as("another tenant must not see the user").isEmpty();
        User copy = new User(b.id(), UserId.random(), login, "Copy", Role.USER, Language.EN, new PasswordHash("$argon2id$y"));
        assertThatThrownBy(() -> users().create(copy))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("login"));
    }

    @Test
    void extensionsAndDevicesAreUniqueWithinTheirTenantOnly() {
        Tenant a = tenant("ea");
        Tenant b = tenant("eb");
        extensions().create(Extension.inPlanOf(a, "101", "Reception", "internal"));
        extensions().create(Extension.inPlanOf(a, "100", "Boss", "internal"));
        extensions().create(Extension.inPlanOf(b, "101", "Other reception", "internal"));
        assertThatThrownBy(() -> extensions().create(Extension.inPlanOf(a, "101", "Dup", "internal")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("number"));
        assertThat(extensions().list(a.id())).extracting(Extension::number).containsExactly("100", "101");
        assertThat(extensions().find(b.id(), "101")).get().extracting(Extension::callerIdName).isEqualTo("Other reception");

        Device desk = new Device(a.id(), "101-desk", "101", "desk phone", DigestHa1.of("101-desk", "a.example", "secret-secret"));
        extensions().addDevice(desk);
        assertThat(extensions().findDevice(a.id(), "101-desk")).contains(desk);
        assertThat(extensions().findDevice(b.id(), "101-desk")).isEmpty();
        assertThat(extensions().devices(a.id(), "101")).containsExactly(desk);
        assertThat(extensions().devices(a.id(), "100")).isEmpty();
        assertThatThrownBy(() -> extensions().addDevice(desk))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        Device orphan = new Device(a.id(), "555-x", "555", "nowhere", desk.ha1());
        assertThatThrownBy(() -> extensions().addDevice(orphan)).isInstanceOf(NotFoundException.class);
    }
}
