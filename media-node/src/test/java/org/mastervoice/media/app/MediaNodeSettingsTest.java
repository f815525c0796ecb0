package org.mastervoice.media.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastervoice.config.SettingsSource;

class MediaNodeSettingsTest {

    private static MediaNodeSettings of(Map<String, String> env) {
        return MediaNodeSettings.from(SettingsSource.ofEnvironment(env));
    }

    @Test
    void advertisesThePublicAddressWhenGiven() {
        assertThat(of(Map.of("MASTERVOICE_BIND", "0.0.0.0", "MASTERVOICE_PUBLIC_ADDRESS", "203.0.113.10")).advertisedHost())
                .isEqualTo("203.0.113.10");
    }

    @Test
    void advertisesTheBindAddressWhenItIsSpecific() {
        assertThat(of(Map.of()).advertisedHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void neverAdvertisesTheWildcard() {
        assertThat(of(Map.of("MASTERVOICE_BIND", "0.0.0.0")).advertisedHost()).isNotEqualTo("0.0.0.0").matches("[0-9.]+");
    }

    @Test
    void rejectsANameAsPublicAddress() {
        assertThatThrownBy(() -> of(Map.of("MASTERVOICE_PUBLIC_ADDRESS", "pbx.example.com")))
                .hasMessageContaining("--public-address / MASTERVOICE_PUBLIC_ADDRESS");
    }
}
