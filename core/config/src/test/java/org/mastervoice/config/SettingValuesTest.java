package org.mastervoice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingValuesTest {

    private static final Setting PORT = new Setting("sip-port", "SIP port", "5060");
    private static final Setting RTP = new Setting("rtp-ports", "RTP ports", "20000-20999");
    private static final Setting DIR = new Setting("data-dir", "data", "./data");
    private static final Setting BIND = new Setting("bind", "bind", "127.0.0.1");
    private static final Setting LEVEL = new Setting("log-level", "level", "info");

    @Test
    void parsesPort() {
        assertThat(SettingValues.port(PORT, " 5080 ")).isEqualTo(5080);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "-1", "http", "50 60"})
    void rejectsBadPortNamingTheSettingAndFix(String bad) {
        assertThatThrownBy(() -> SettingValues.port(PORT, bad))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("--sip-port / MASTERVOICE_SIP_PORT = '" + bad + "'")
                .hasMessageContaining("1 to 65535");
    }

    @Test
    void parsesRtpRange() {
        PortRange range = SettingValues.rtpPortRange(RTP, "20000-20999");
        assertThat(range.first()).isEqualTo(20000);
        assertThat(range.size()).isEqualTo(1000);
        assertThat(range.contains(20999)).isTrue();
        assertThat(range.contains(21000)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20001-20999", "20999-20000", "80-100", "20000", "a-b", "20000-20001", "60000-70000"})
    void rejectsBadRtpRange(String bad) {
        assertThatThrownBy(() -> SettingValues.rtpPortRange(RTP, bad))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("--rtp-ports")
                .hasMessageContaining("e.g. --rtp-ports 20000-20999");
    }

    @Test
    void bindAcceptsLiteralAddressesOnly() {
        assertThat(SettingValues.bindAddress(BIND, "0.0.0.0").isAnyLocalAddress()).isTrue();
        assertThat(SettingValues.bindAddress(BIND, "::1").isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> SettingValues.bindAddress(BIND, "localhost"))
                .hasMessageContaining("not an IP address");
    }

    @Test
    void logLevelIsCaseInsensitiveAndListsChoices() {
        assertThat(SettingValues.logLevel(LEVEL, "Debug")).isEqualTo(LogLevel.DEBUG);
        assertThatThrownBy(() -> SettingValues.logLevel(LEVEL, "loud"))
                .hasMessageContaining("error, warn, info, debug, trace");
    }

    @Test
    void createsMissingDataDirectory(@TempDir Path tmp) {
        Path dir = SettingValues.writableDirectory(DIR, tmp.resolve("a/b").toString());
        assertThat(dir).isDirectory().isAbsolute();
    }

    @Test
    void rejectsDataDirThatIsAFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        assertThatThrownBy(() -> SettingValues.writableDirectory(DIR, file.toString()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("--data-dir / MASTERVOICE_DATA_DIR")
                .hasMessageContaining("not a directory");
    }

    @Test
    void rejectsUnwritableDataDir(@TempDir Path tmp) throws IOException {
        Path locked = Files.createDirectory(tmp.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-x------")));
        // root ignores permission bits; the check below is what a normal user meets
        if (Files.isWritable(locked)) {
            assertThat(SettingValues.writableDirectory(DIR, locked.toString())).isEqualTo(locked);
            return;
        }
        assertThatThrownBy(() -> SettingValues.writableDirectory(DIR, locked.resolve("sub").toString()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("--data-dir");
    }

    @Test
    void identifiersAndUrls() {
        Setting node = new Setting("node-id", "id", "local-1");
        Setting url = new Setting("dynamodb-endpoint", "url", null);
        assertThat(SettingValues.identifier(node, "local-1")).isEqualTo("local-1");
        assertThatThrownBy(() -> SettingValues.identifier(node, "Node 1")).hasMessageContaining("not an identifier");
        assertThat(SettingValues.httpUrl(url, "http://127.0.0.1:8000").getPort()).isEqualTo(8000);
        assertThatThrownBy(() -> SettingValues.httpUrl(url, "127.0.0.1:8000")).hasMessageContaining("not an http(s) URL");
    }
}
