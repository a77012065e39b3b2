package com.cartwise.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShopifySettingsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void eachRefusedValueIsNamedByItsSetting() {
        assertEquals("cartwise.shopify.timeout must be positive, but was PT-1S", refused(Duration.ofSeconds(-1), 5, SECOND, SECOND, 10));
        assertEquals("cartwise.shopify.retries must not be negative, but was -1", refused(SECOND, -1, SECOND, SECOND, 10));
        assertEquals("cartwise.shopify.first-retry-pause must not be negative, but was PT-1S", refused(SECOND, 5, Duration.ofSeconds(-1), SECOND, 10));
        assertEquals("cartwise.shopify.bulk-poll-interval must be positive, but was PT0S", refused(SECOND, 5, SECOND, Duration.ZERO, 10));
        assertEquals("cartwise.shopify.page-size must be 1 to 250, but was 251", refused(SECOND, 5, SECOND, SECOND, 251));
    }

    @Test
    void noRetriesAndNoPauseAreSettingsToo() {
        assertEquals(0, new ShopifySettings(ShopifySettings.SHOPIFY, "2025-10", SECOND, 0, Duration.ZERO, SECOND, 250).retries());
    }

    private static String refused(Duration timeout, int retries, Duration firstRetryPause, Duration bulkPoll, int pageSize) {
        return assertThrows(IllegalArgumentException.class,
                () -> new ShopifySettings(ShopifySettings.SHOPIFY, "2025-10", timeout, retries, firstRetryPause, bulkPoll, pageSize)).getMessage();
    }
}
