package org.mastervoice.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.mastervoice.common.ValidationException;
import org.junit.jupiter.api.Test;

class TenantTest {

    @Test
    void sipDomainIsNormalisedToLowerCase() {
        assertThat(new SipDomain(" Demo.LocalHost ").value()).isEqualTo("demo.localhost");
    }

    @Test
    void rejectsSingleLabelDomainNamingTheField() {
        assertThatThrownBy(() -> new SipDomain("localhost"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("sipDomain"))
                .hasMessageContaining("at least two labels");
    }

    @Test
    void platformTenantIdIsReservedForCustomers() {
        assertThatThrownBy(() -> TenantId.ofCustomer("platform")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> new Tenant(TenantId.PLATFORM, "P", new SipDomain("p.example"), TenantStatus.ACTIVE,
                new NumberRange(100, 899), new TenantLimits(10, 5), Instant.EPOCH)).hasMessageContaining("reserved");
    }

    @Test
    void numberRangeChecksDigitsAndBounds() {
        NumberRange range = new NumberRange(100, 899);
        assertThat(range.contains("100")).isTrue();
        assertThat(range.contains("899")).isTrue();
        assertThat(range.contains("1000")).isFalse();
        assertThat(range.contains("0100")).isFalse();
        assertThat(range.contains("1a0")).isFalse();
    }
}
