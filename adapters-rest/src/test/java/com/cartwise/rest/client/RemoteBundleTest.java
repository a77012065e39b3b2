package com.cartwise.rest.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemoteBundleTest {
    private static RemoteBundle listedAt(String listPrice) {
        return new RemoteBundle("0".repeat(32), 1, "fbt", "increase_aov", "Wax + Poles", "0.00", listPrice, "EUR", "template",
                "proposed", List.of(), Optional.empty());
    }

    @Test
    void aListPriceOfZeroInAnyNotationIsUnpriced() {
        assertTrue(listedAt("0").unpriced());
        assertTrue(listedAt("0.00").unpriced());
        assertFalse(listedAt("0.01").unpriced());
        assertFalse(listedAt("52.50").unpriced());
    }

    @Test
    void aListPriceThatIsNoAmountIsNotCalledUnpriced() {
        assertFalse(listedAt("").unpriced());
    }
}
