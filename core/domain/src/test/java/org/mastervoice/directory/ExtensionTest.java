package org.mastervoice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.mastervoice.common.ValidationException;
import org.mastervoice.tenant.NumberRange;
import org.mastervoice.tenant.SipDomain;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantLimits;
import org.mastervoice.tenant.TenantStatus;
import org.junit.jupiter.api.Test;

class ExtensionTest {

    private final Tenant acme = new Tenant(new TenantId("acme"), "ACME", new SipDomain("acme.example"),
            TenantStatus.ACTIVE, new NumberRange(100, 899), new TenantLimits(50, 10), Instant.EPOCH);

    @Test
    void extensionOutsideTheNumberingPlanIsRejectedWithTheRange() {
        assertThatThrownBy(() -> Extension.inPlanOf(acme, "1000", "Reception", "internal"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("number"))
                .hasMessage("extension number 1000 is outside the tenant's range 100-899");
    }

    @Test
    void extensionInPlanUsesItsNumberAsCallerId() {
        Extension ext = Extension.inPlanOf(acme, "101", "Reception", "internal");
        assertThat(ext.callerIdNumber()).isEqualTo("101");
        assertThat(ext.ownerId()).isEmpty();
    }

    @Test
    void userPasswordsHaveAtLeastTwelveCharacters() {
        assertThatThrownBy(() -> new UserPassword("eleven-char")).hasMessageContaining("at least 12 characters");
        assertThat(new UserPassword("twelve-chars").value()).hasSize(12);
        assertThat(new UserPassword("twelve-chars").toString()).doesNotContain("twelve");
    }

    @Test
    void onlyPlatformUsersArePlatformAdmins() {
        PasswordHash hash = new PasswordHash("$argon2id$x");
        assertThatThrownBy(() -> new User(acme.id(), UserId.random(), new Login("a@acme.example"), "A",
                Role.PLATFORM_ADMIN, Language.EN, hash)).isInstanceOf(ValidationException.class);
        assertThat(new User(TenantId.PLATFORM, UserId.random(), new Login("Root@Example.com"), "Root",
                Role.PLATFORM_ADMIN, Language.EN, hash).login().email()).isEqualTo("root@example.com");
    }
}
