package org.mastervoice.bench;

import java.util.concurrent.TimeUnit;
import org.mastervoice.crypto.Argon2idPasswordHasher;
import org.mastervoice.directory.PasswordHash;
import org.mastervoice.directory.UserPassword;
import org.mastervoice.security.DigestHa1;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a sign-in and a device password change cost: Argon2id verify bounds logins per core per second;
 * the digest HA1 pair is computed when a device secret is set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CredentialHashingBenchmark {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
    private PasswordHash stored;

    @Setup
    public void hashOnce() {
        stored = hasher.hash(new UserPassword("correct horse battery staple"));
    }

    @Benchmark
    public boolean argon2idVerify() {
        return hasher.matches("correct horse battery staple", stored);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DigestHa1 digestHa1Pair() {
        return DigestHa1.of("100-k3v9qa", "demo.localhost", "7b7VK3hqEtyoyETd");
    }
}
