package org.mastervoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestHa1Test {

    @Test
    void computesRfc2617Ha1() {
        // RFC 2617 section 3.5: Mufasa / testrealm@host.com / Circle Of Life
        assertThat(DigestHa1.of("Mufasa", "testrealm@host.com", "Circle Of Life").md5())
                .isEqualTo("939e7578ed9e3c518a452acee763bce9");
    }

    @Test
    void computesSha256Ha1() {
        // RFC 7616 section 3.9.1: Mufasa / http-auth@example.org / Circle of Life
        assertThat(DigestHa1.of("Mufasa", "http-auth@example.org", "Circle of Life").sha256())
                .isEqualTo("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232");
    }

    @Test
    void generatedSecretsAvoidCharactersClientsCannotCarry() {
        SecretGenerator generator = new SecretGenerator(new Random(42));
        for (int i = 0; i < 200; i++) {
            assertThat(generator.password(20)).hasSize(20).doesNotContainPattern("[;\"\\[\\]\\\\ ]");
            assertThat(generator.sipUsername("100")).matches("100-[a-z2-9]{6}");
        }
    }
}
