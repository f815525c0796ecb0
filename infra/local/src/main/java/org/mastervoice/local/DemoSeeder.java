package org.mastervoice.local;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mastervoice.common.ConflictException;
import org.mastervoice.directory.Device;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.Language;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.PasswordHasher;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserPassword;
import org.mastervoice.directory.UserStore;
import org.mastervoice.security.DigestHa1;
import org.mastervoice.security.SecretGenerator;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;
import org.mastervoice.tenant.TenantStore;

/**
 * Creates the demo tenant on first start: tenant {@code demo} with SIP domain {@code demo.localhost}, its
 * admin, a platform admin, and extensions 100-104 each with one device.
 * <p>
 * Crash-safe without transactions: the credentials file is written first and serves as the plan, every step
 * skips what already exists, and the tenant item comes last and marks the seed complete. A start interrupted
 * half-way therefore finishes the same seed with the same secrets next time.
 */
public final class DemoSeeder {

    public static final TenantId DEMO = new TenantId("demo");
    public static final SipDomain DEMO_DOMAIN = new SipDomain("demo.localhost");
    static final List<String> EXTENSIONS = List.of("100", "101", "102", "103", "104");
    static final String ADMIN_LOGIN = "admin@demo.localhost";
    static final String PLATFORM_ADMIN_LOGIN = "platform-admin@mastervoice.localhost";

    /** What happened at this start. */
    public enum Outcome { CREATED, ALREADY_PRESENT }

    private final TenantStore tenants;
    private final UserStore users;
    private final ExtensionStore extensions;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final Clock clock;

    public DemoSeeder(TenantStore tenants, UserStore users, ExtensionStore extensions, PasswordHasher hasher,
                      SecretGenerator secrets, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.extensions = extensions;
        this.hasher = hasher;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Seeds unless the demo tenant exists, and (re)writes the credentials file with the current endpoints.
     */
    public Outcome seed(CredentialsFile file, String sipHost, int sipPort, String graphqlUrl) {
        boolean present = tenants.find(DEMO).isPresent();
        DemoCredentials plan = file.read().orElse(null);
        if (present) {
            if (plan != null) {
                file.write(plan.at(sipHost, sipPort, graphqlUrl));
            }
            return Outcome.ALREADY_PRESENT;
        }
        plan = (plan == null ? newPlan() : plan).at(sipHost, sipPort, graphqlUrl);
        file.write(plan);

        Tenant demo = new Tenant(DEMO, "Demo Company", DEMO_DOMAIN, TenantStatus.ACTIVE, new NumberRange(100, 899),
                new TenantLimits(100, 20), clock.instant());
        createUser(TenantId.PLATFORM, plan.platformAdmin(), "Platform admin", Role.PLATFORM_ADMIN);
        createUser(DEMO, plan.admin(), "Demo admin", Role.TENANT_ADMIN);
        for (DemoCredentials.ExtensionAccount account : plan.extensions()) {
            createExtension(demo, account);
        }
        tenants.create(demo);
        return Outcome.CREATED;
    }

    private DemoCredentials newPlan() {
        List<DemoCredentials.ExtensionAccount> accounts = new ArrayList<>();
        for (String number : EXTENSIONS) {
            accounts.add(new DemoCredentials.ExtensionAccount(number, secrets.sipUsername(number), secrets.deviceSecret()));
        }
        return new DemoCredentials(DEMO.value(), DEMO_DOMAIN.value(), "", 0, "",
                new DemoCredentials.Account(ADMIN_LOGIN, secrets.password(20)),
                new DemoCredentials.Account(PLATFORM_ADMIN_LOGIN, secrets.password(20)),
                accounts);
    }

    private void createUser(TenantId tenant, DemoCredentials.Account account, String name, Role role) {
        Login login = new Login(account.login());
        if (users.findByLogin(login).isPresent()) {
            return;
        }
        users.create(new User(tenant, UserId.random(), login, name, role, Language.EN,
                hasher.hash(new UserPassword(account.password()))));
    }

    private void createExtension(Tenant demo, DemoCredentials.ExtensionAccount account) {
        if (extensions.find(demo.id(), account.number()).isEmpty()) {
            extensions.create(Extension.inPlanOf(demo, account.number(), "Extension " + account.number(), "internal"));
        }
        if (extensions.findDevice(demo.id(), account.username()).isEmpty()) {
            try {
                extensions.addDevice(new Device(demo.id(), account.username(), account.number(), "softphone",
                        DigestHa1.of(account.username(), demo.sipDomain().value(), account.password())));
            } catch (ConflictException raced) {
                // another start created it a moment ago: same plan, same device
            }
        }
    }
}
