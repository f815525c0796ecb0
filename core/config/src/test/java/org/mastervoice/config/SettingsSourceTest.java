package org.mastervoice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSourceTest {

    private static final Setting HTTP_PORT = new Setting("http-port", "HTTP port", "8080");
    private static final Setting NO_DEFAULT = new Setting("sqs-endpoint", "SQS endpoint", null);

    @Test
    void flagWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> env = Map.of("MASTERVOICE_HTTP_PORT", "9090");
        assertThat(SettingsSource.of(List.of("--http-port", "7070"), env).value(HTTP_PORT)).contains("7070");
        assertThat(SettingsSource.of(List.of("--http-port=6060"), env).value(HTTP_PORT)).contains("6060");
        assertThat(SettingsSource.of(List.of(), env).value(HTTP_PORT)).contains("9090");
        assertThat(SettingsSource.of(List.of(), Map.of()).value(HTTP_PORT)).contains("8080");
    }

    @Test
    void blankEnvironmentValueFallsBackToDefault() {
        assertThat(SettingsSource.ofEnvironment(Map.of("MASTERVOICE_HTTP_PORT", "  ")).value(HTTP_PORT)).contains("8080");
    }

    @Test
    void settingNamesGiveFlagAndVariable() {
        assertThat(HTTP_PORT.flag()).isEqualTo("--http-port");
        assertThat(HTTP_PORT.environmentVariable()).isEqualTo("MASTERVOICE_HTTP_PORT");
        assertThatThrownBy(() -> new Setting("HttpPort", "x", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingRequiredValueSaysHowToGiveIt() {
        assertThatThrownBy(() -> SettingsSource.of(List.of(), Map.of()).required(NO_DEFAULT))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("--sqs-endpoint")
                .hasMessageContaining("MASTERVOICE_SQS_ENDPOINT");
    }

    @Test
    void rejectsUnknownFlagListingKnownOnes() {
        SettingsSource source = SettingsSource.of(List.of("--htp-port", "1"), Map.of());
        assertThatThrownBy(() -> source.requireOnly(List.of(HTTP_PORT)))
                .hasMessageContaining("unknown flag --htp-port")
                .hasMessageContaining("--http-port");
    }

    @Test
    void rejectsFlagWithoutValueAndStrayArguments() {
        assertThatThrownBy(() -> SettingsSource.of(List.of("--http-port"), Map.of()))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SettingsSource.of(List.of("8080"), Map.of()))
                .hasMessageContaining("unexpected argument '8080'");
    }
}
