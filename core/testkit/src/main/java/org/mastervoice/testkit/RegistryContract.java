package org.mastervoice.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.mastervoice.auth.LoginAttemptStore;
import org.mastervoice.auth.LoginAttempts;
import org.mastervoice.auth.RefreshToken;
import org.mastervoice.auth.RefreshTokenStore;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.directory.Group;
import org.mastervoice.directory.GroupStore;
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

    protected abstract GroupStore groups();

    protected abstract ContactStore contacts();

    protected abstract ShortNumberStore shortNumbers();

    protected abstract LoginAttemptStore loginAttempts();

    protected abstract RefreshTokenStore refreshTokens();

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

    @Test
    void extensionsPageInNumericOrderWithCursorsBoundToTheTenant() {
        Tenant a = tenant("pa");
        Tenant b = tenant("pb");
        for (String n : List.of("99", "100", "101", "1000", "205")) {
            extensions().create(new Extension(a.id(), n, null, "Ext " + n, n, "internal"));
        }
        extensions().create(new Extension(b.id(), "500", null, "B", "500", "internal"));
        Page<Extension> first = extensions().page(a.id(), PageRequest.first(2));
        assertThat(first.items()).extracting(Extension::number).containsExactly("99", "100");
        assertThat(first.hasNextPage()).isTrue();
        Page<Extension> second = extensions().page(a.id(), new PageRequest(10, first.endCursor()));
        assertThat(second.items()).extracting(Extension::number).containsExactly("101", "205", "1000");
        assertThat(second.hasNextPage()).isFalse();
        assertThatThrownBy(() -> extensions().page(b.id(), new PageRequest(10, first.endCursor())))
                .as("a cursor of tenant A used on tenant B's list")
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    @Test
    void extensionUpdateAndDeleteTakeItsDevicesAlong() {
        Tenant a = tenant("ud");
        extensions().create(new Extension(a.id(), "300", null, "Old", "300", "internal"));
        extensions().addDevice(new Device(a.id(), "300-a", "300", "desk", DigestHa1.of("300-a", "x.example", "s3cret-s3cret")));
        extensions().update(new Extension(a.id(), "300", null, "New", "+3902123", "national"));
        assertThat(extensions().find(a.id(), "300")).get().extracting(Extension::callerIdName).isEqualTo("New");
        assertThatThrownBy(() -> extensions().update(new Extension(a.id(), "301", null, "X", "301", "internal")))
                .isInstanceOf(NotFoundException.class);
        extensions().delete(a.id(), "300");
        assertThat(extensions().find(a.id(), "300")).isEmpty();
        assertThat(extensions().findDevice(a.id(), "300-a")).as("devices go with their extension").isEmpty();
    }

    @Test
    void tenantsCanBeUpdatedListedAndDeletedFreeingTheirDomain() {
        Tenant t = tenant("lst");
        tenants().create(t);
        tenants().update(new Tenant(t.id(), "Renamed", t.sipDomain(), TenantStatus.SUSPENDED, t.extensionRange(), t.limits(), t.createdAt()));
        assertThat(tenants().find(t.id())).get().satisfies(x -> {
            assertThat(x.name()).isEqualTo("Renamed");
            assertThat(x.isActive()).isFalse();
        });
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(allTenants()).contains(t.id()));
        tenants().delete(t.id());
        assertThat(tenants().find(t.id())).isEmpty();
        assertThat(tenants().findBySipDomain(t.sipDomain())).isEmpty();
        tenants().create(new Tenant(new TenantId("again-" + run), "Again", t.sipDomain(), TenantStatus.ACTIVE,
                t.extensionRange(), t.limits(), t.createdAt()));
    }

    private List<TenantId> allTenants() {
        List<TenantId> ids = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        Page<Tenant> page;
        do {
            page = tenants().list(request);
            page.items().forEach(x -> ids.add(x.id()));
            request = new PageRequest(2, page.endCursor());
        } while (page.hasNextPage());
        return ids;
    }

    @Test
    void userLoginChangeMovesTheClaimAndDeleteFreesIt() {
        Tenant a = tenant("lg");
        User u = new User(a.id(), UserId.random(), new Login("old-" + run + "@example.com"), "U", Role.USER, Language.EN,
                new PasswordHash("$argon2id$x"));
        users().create(u);
        User renamed = new User(a.id(), u.id(), new Login("new-" + run + "@example.com"), "U", Role.OPERATOR, Language.IT, u.passwordHash());
        users().update(u, renamed);
        assertThat(users().findByLogin(u.login())).isEmpty();
        assertThat(users().findByLogin(renamed.login())).contains(renamed);
        assertThat(users().list(a.id(), PageRequest.first(10)).items()).containsExactly(renamed);
        users().delete(renamed);
        assertThat(users().findByLogin(renamed.login())).isEmpty();
        users().create(new User(a.id(), UserId.random(), renamed.login(), "Reuse", Role.USER, Language.EN, u.passwordHash()));
    }

    @Test
    void groupsContactsAndShortNumbersRoundTripAndSearch() {
        Tenant a = tenant("ab");
        Group g = new Group(a.id(), "g-" + run, "Sales", List.of("101", "102"));
        groups().create(g);
        assertThat(groups().find(a.id(), g.id())).contains(g);
        groups().update(new Group(a.id(), g.id(), "Sales team", List.of()));
        assertThat(groups().page(a.id(), PageRequest.first(5)).items()).extracting(Group::name).containsExactly("Sales team");
        groups().delete(a.id(), g.id());
        assertThat(groups().find(a.id(), g.id())).isEmpty();

        Contact rossi = new Contact(a.id(), "c1-" + run, "Mario Rossi", "ACME Srl",
                List.of(new Contact.ContactNumber("mobile", "+39 333 123 4567")));
        Contact bianchi = new Contact(a.id(), "c2-" + run, "Anna Bianchi", null, List.of(new Contact.ContactNumber("office", "0212345")));
        contacts().create(rossi);
        contacts().create(bianchi);
        assertThat(contacts().find(a.id(), rossi.id())).contains(rossi);
        assertThat(contacts().search(a.id(), "acme", PageRequest.first(10)).items()).containsExactly(rossi);
        assertThat(contacts().search(a.id(), "3331234", PageRequest.first(10)).items()).containsExactly(rossi);
        assertThat(contacts().search(a.id(), null, PageRequest.first(10)).items()).hasSize(2);
        Page<Contact> one = contacts().search(a.id(), null, PageRequest.first(1));
        assertThat(one.hasNextPage()).isTrue();
        assertThat(contacts().search(a.id(), null, new PageRequest(5, one.endCursor())).items()).hasSize(1).doesNotContain(one.items().getFirst());

        ShortNumber s = new ShortNumber(a.id(), "9001", "+390212345678", "Head office");
        shortNumbers().create(s);
        assertThatThrownBy(() -> shortNumbers().create(s)).isInstanceOf(ConflictException.class);
        shortNumbers().update(new ShortNumber(a.id(), "9001", "+390299999999", "Head office"));
        assertThat(shortNumbers().find(a.id(), "9001")).get().extracting(ShortNumber::number).isEqualTo("+390299999999");
        assertThat(shortNumbers().find(tenant("other").id(), "9001")).isEmpty();
        shortNumbers().delete(a.id(), "9001");
        assertThat(shortNumbers().page(a.id(), PageRequest.first(5)).items()).isEmpty();
    }

    @Test
    void refreshTokensAreConsumedOnceAndAttemptsAreKeptPerLogin() {
        RefreshToken token = new RefreshToken("h-" + run, UserId.random(), tenant("rt").id(), Instant.parse("2030-01-01T00:00:00Z"));
        refreshTokens().save(token);
        assertThat(refreshTokens().consume(token.hash())).contains(token);
        assertThat(refreshTokens().consume(token.hash())).as("second use").isEmpty();

        Login login = new Login("guess-" + run + "@example.com");
        assertThat(loginAttempts().find(login)).isEqualTo(LoginAttempts.none());
        LoginAttempts two = new LoginAttempts(2, Instant.parse("2026-11-25T10:00:00Z"));
        loginAttempts().save(login, two);
        assertThat(loginAttempts().find(login)).isEqualTo(two);
        loginAttempts().clear(login);
        assertThat(loginAttempts().find(login)).isEqualTo(LoginAttempts.none());
    }

    @Test
    void parallelSignInAttemptsAreEachCounted() throws Exception {
        Login login = new Login("burst-" + run + "@example.com");
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        List<Callable<LoginAttempts>> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(() -> loginAttempts().reserve(login, now));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Integer> seen = new ArrayList<>();
            for (Future<LoginAttempts> f : pool.invokeAll(burst)) {
                seen.add(f.get().failures());
            }
            assertThat(seen).as("each attempt saw the one before it").containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
        assertThat(loginAttempts().find(login).failures()).isEqualTo(10);
        assertThat(loginAttempts().reserve(login, now.plus(LoginAttempts.WINDOW).plusSeconds(1)).failures())
                .as("failures older than the window are forgotten").isZero();
    }
}
