package com.cartwise.shopify;

import com.cartwise.application.shopify.ShopifyFailure;
import java.time.Duration;

/** Waits, in slices, telling {@code whileWaiting} between them so that a long wait can be watched and cancelled. */
final class Pause {
    private static final long SLICE_MILLIS = 1000;

    private Pause() {
    }

    static void of(Duration wait, Runnable whileWaiting) {
        long until = System.nanoTime() + wait.toNanos();
        for (long left = wait.toMillis(); left > 0; left = (until - System.nanoTime()) / 1_000_000) {
            whileWaiting.run();
            try {
                Thread.sleep(Math.min(SLICE_MILLIS, left));
            } catch (InterruptedException e) {
                // The flag stays set: whoever runs this (a job being stopped) decides what an interrupt means.
                Thread.currentThread().interrupt();
                throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "interrupted while waiting for Shopify");
            }
        }
    }
}
