package com.cartwise.domain.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final double EXACT = 1e-12;

    private static Variant variant(String productTitle, List<String> options) {
        return new Variant(1, "handle", options, "SKU", null, productTitle, Money.of("9.50", "EUR"), Stock.untracked(),
                ProductStatus.ACTIVE);
    }

    private static final Variant SKI_WAX = variant("Ski Wax", List.of("Default Title"));

    @Test
    void liftComparesTogetherWithWhatChanceWouldGive() {
        // together 37, cart item in 120, candidate in 80, N = 1,000: 37 * 1000 / (120 * 80) = 3.854
        assertEquals(37_000.0 / 9_600.0, new Evidence(SKI_WAX, 37, 120, 80, 1_000).lift(), EXACT);
    }

    @Test
    void theReasonNamesTheCartItemTheCountsAndTheLift() {
        // 37 * 1000 / (120 * 80) = 3.854 -> "3.9"
        assertEquals("Bought with Ski Wax in 37 of 120 orders (3.9× chance)",
                new Evidence(SKI_WAX, 37, 120, 80, 1_000).reason());
    }

    @Test
    void theReasonRoundsTheLiftToOneDecimal() {
        // 2 * 5 / (3 * 2) = 1.6667 -> "1.7"
        assertEquals("Bought with Ski Wax in 2 of 3 orders (1.7× chance)", new Evidence(SKI_WAX, 2, 3, 2, 5).reason());
    }

    @Test
    void theReasonSaysOrderForASingleOrder() {
        // 1 * 5 / (1 * 1) = 5.0
        assertEquals("Bought with Ski Wax in 1 of 1 order (5.0× chance)", new Evidence(SKI_WAX, 1, 1, 1, 5).reason());
    }

    @Test
    void theReasonNamesTheCartItemAsAnOrderLineDoes() {
        Variant gloves = variant("Ski Gloves", List.of("M", "Black"));

        // 1 * 4 / (2 * 2) = 1.0
        assertEquals("Bought with Ski Gloves - M / Black in 1 of 2 orders (1.0× chance)",
                new Evidence(gloves, 1, 2, 2, 4).reason());
    }

    @Test
    void theReasonReadsTheSameWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Bought with Ski Wax in 2 of 3 orders (1.7× chance)", new Evidence(SKI_WAX, 2, 3, 2, 5).reason());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneDecimalWritesWhatTheFormatterWrites() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(6);
        for (int i = 0; i < 400_000; i++) {
            // lifts span orders of magnitude; ties (x.x5) and exact tenths come up on purpose, also as lifts of counts
            double value = switch (i % 5) {
                case 0 -> random.nextDouble() * 10;
                case 1 -> Math.exp(random.nextDouble() * 20 - 10);
                case 2 -> random.nextInt(100_000) / 100.0;
                case 3 -> random.nextInt(2_000) / 20.0 + 0.05;
                default -> new Evidence(SKI_WAX, 1 + random.nextInt(50), 1 + random.nextInt(400), 1 + random.nextInt(400),
                        1 + random.nextInt(5_000)).lift();
            };

            assertEquals(String.format(Locale.ROOT, "%.1f", value), Evidence.oneDecimal(value), "value " + value);
        }
        assertEquals("0.0", Evidence.oneDecimal(0));
        assertEquals(String.format(Locale.ROOT, "%.1f", Double.POSITIVE_INFINITY), Evidence.oneDecimal(Double.POSITIVE_INFINITY));
        assertEquals(String.format(Locale.ROOT, "%.1f", 1e300), Evidence.oneDecimal(1e300));
    }
}
