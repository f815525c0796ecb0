package org.mastervoice.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mastervoice.directory.PasswordHash;
import org.mastervoice.directory.UserPassword;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void hashIsSaltedPhcArgon2idThatVerifiesOnlyTheRightPassword() {
        PasswordHash first = hasher.hash(new UserPassword("correct horse battery"));
        PasswordHash second = hasher.hash(new UserPassword("correct horse battery"));
        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("correct horse battery", first)).isTrue();
        assertThat(hasher.matches("correct horse batterY", first)).isFalse();
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        PasswordHash light = new Argon2idPasswordHasher(1024, 1, 1).hash(new UserPassword("twelve chars!"));
        assertThat(hasher.matches("twelve chars!", light)).isTrue();
    }

    @Test
    void rejectsForeignFormats() {
        assertThat(hasher.matches("x", new PasswordHash("$2a$10$abcdefghijklmnopqrstuv"))).isFalse();
    }
}
