package org.mastervoice.aws.sqs;

import java.util.function.BooleanSupplier;

/** A pause between retries that ends early when its owner stops, so shutdown never waits out a long back-off. */
public final class Backoff {

    private Backoff() {
    }

    public static void pause(long millis, BooleanSupplier keepWaiting) {
        long until = System.currentTimeMillis() + millis;
        while (keepWaiting.getAsBoolean() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(Math.min(100, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
