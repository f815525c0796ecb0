package org.mastervoice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.config.InvalidSettingException;
import org.mastervoice.config.LogLevel;
import org.mastervoice.config.SettingsSource;

class PlatformSettingsTest {

    @TempDir
    Path tmp;

    private PlatformSettings parse(List<String> args, Map<String, String> env) {
        return PlatformSettings.from(SettingsSource.of(args, env).requireOnly(PlatformSettings.ALL));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        PlatformSettings s = parse(List.of("--data-dir", tmp.toString()), Map.of());
        assertThat(s.bind().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(s.httpPort()).isEqualTo(8080);
        assertThat(s.sipPort()).isEqualTo(5060);
        assertThat(s.mediaHttpPort()).isEqualTo(8088);
        assertThat(s.rtpPorts().toString()).isEqualTo("20000-20999");
        assertThat(s.dynamodbPort()).isEqualTo(8000);
        assertThat(s.sqsPort()).isEqualTo(9324);
        assertThat(s.logLevel()).isEqualTo(LogLevel.INFO);
        assertThat(s.dataDir()).isEqualTo(tmp);
    }

    @Test
    void environmentOverridesDefaultsAndFlagsOverrideEnvironment() {
        Map<String, String> env = Map.of("MASTERVOICE_HTTP_PORT", "9000", "MASTERVOICE_SIP_PORT", "5070",
                "MASTERVOICE_DATA_DIR", tmp.resolve("env").toString(), "MASTERVOICE_LOG_LEVEL", "debug");
        PlatformSettings s = parse(List.of("--http-port", "9100", "--data-dir=" + tmp.resolve("flag")), env);
        assertThat(s.httpPort()).isEqualTo(9100);
        assertThat(s.sipPort()).isEqualTo(5070);
        assertThat(s.dataDir()).isEqualTo(tmp.resolve("flag")).isDirectory();
        assertThat(s.logLevel()).isEqualTo(LogLevel.DEBUG);
    }

    @Test
    void badPortNamesTheSettingInBothSpellings() {
        assertThatThrownBy(() -> parse(List.of("--media-http-port", "99999", "--data-dir", tmp.toString()), Map.of()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("--media-http-port / MASTERVOICE_MEDIA_HTTP_PORT = '99999'");
    }

    @Test
    void dataDirThatIsAFileIsRejected() throws Exception {
        Path file = java.nio.file.Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> parse(List.of("--data-dir", file.toString()), Map.of()))
                .hasMessageContaining("--data-dir").hasMessageContaining("not a directory");
    }

    @Test
    void unknownFlagIsRejected() {
        assertThatThrownBy(() -> parse(List.of("--http_port", "1"), Map.of()))
                .hasMessageContaining("unknown flag --http_port");
    }

    @Test
    void wildcardBindIsReachedThroughLoopback() {
        PlatformSettings s = parse(List.of("--bind", "0.0.0.0", "--data-dir", tmp.toString()), Map.of());
        assertThat(s.reachableHost()).isEqualTo("127.0.0.1");
        assertThat(s.url(8080)).isEqualTo("http://127.0.0.1:8080");
    }
}
