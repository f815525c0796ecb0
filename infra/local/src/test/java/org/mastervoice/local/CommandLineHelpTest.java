package org.mastervoice.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.config.Setting;

/** Users learn the settings from ./mastervoice --help and the README: both must list every one the launcher reads. */
class CommandLineHelpTest {

    @Test
    void helpAndReadmeListEverySettingWithFlagAndVariable() throws Exception {
        Path home = LocalAws.home();
        Process help = new ProcessBuilder(home.resolve("mastervoice").toString(), "--help").redirectErrorStream(true).start();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(text).contains("./mastervoice up", "./mastervoice test");
        String readme = Files.readString(home.resolve("README.md"));
        for (Setting setting : PlatformSettings.ALL) {
            assertThat(text).as("--help").contains(setting.flag(), setting.environmentVariable());
            assertThat(readme).as("README.md").contains(setting.flag(), setting.environmentVariable());
        }
    }

    @Test
    void unknownCommandExitsWithUsageError() throws Exception {
        Process p = new ProcessBuilder(LocalAws.home().resolve("mastervoice").toString(), "upp").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(text).contains("unknown command 'upp'");
    }
}
