package com.cartwise.application.access.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthenticateSettingsTest {

    @Test
    void eachNegativeIntervalIsRefusedByItsSettingsName() {
        assertEquals("cartwise.security.key-recheck must not be negative, but was PT-1S", assertThrows(IllegalArgumentException.class,
                () -> new Authenticate.Settings(Duration.ofSeconds(-1), Duration.ofMinutes(1))).getMessage());
        assertEquals("cartwise.security.last-used-interval must not be negative, but was PT-1M", assertThrows(IllegalArgumentException.class,
                () -> new Authenticate.Settings(Duration.ofSeconds(10), Duration.ofMinutes(-1))).getMessage());
    }

    @Test
    void zeroRereadsEveryKeyAndTouchesOnEveryUse() {
        assertEquals(Duration.ZERO, new Authenticate.Settings(Duration.ZERO, Duration.ZERO).recheck());
    }
}
