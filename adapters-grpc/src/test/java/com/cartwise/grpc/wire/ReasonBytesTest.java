package com.cartwise.grpc.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The reason written as bytes is the evidence's own sentence, in UTF-8, whatever the counts and names. */
class ReasonBytesTest {
    private static Variant variant(String title, List<String> options) {
        return new Variant(3, "h", options, "SKU", null, title, Money.of("1.00", "EUR"), new Stock(true, 1, false), ProductStatus.ACTIVE);
    }

    private static void assertSameAsTheSentence(Evidence e) {
        byte[] prefix = ReasonBytes.prefix(e.with().lineName());
        assertArrayEquals(e.reason().getBytes(StandardCharsets.UTF_8), ReasonBytes.of(prefix, e), e.reason());
    }

    @Test
    void writesTheSentenceOfTheEvidence() {
        Evidence wax = new Evidence(variant("Ski Wax", List.of()), 37, 120, 44, 1000);
        assertEquals("Bought with Ski Wax in 37 of 120 orders (7.0× chance)", wax.reason());
        assertSameAsTheSentence(wax);
    }

    @Test
    void saysOrderForOneOrderAndKeepsNamesBeyondAscii() {
        assertSameAsTheSentence(new Evidence(variant("Ørsted Mütze", List.of("M", "Blå")), 1, 1, 1, 1));
        assertSameAsTheSentence(new Evidence(variant("スキー板", List.of()), 2, 1, 3, 9));
    }

    @Test
    void writesEveryWidthOfCount() {
        for (int count : new int[] {0, 9, 10, 99, 100, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, -1, -10, Integer.MIN_VALUE}) {
            assertSameAsTheSentence(new Evidence(variant("Wax", List.of()), count, count, 7, 100));
        }
    }

    @Test
    void agreesOnRandomEvidence() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            int together = random.nextInt(1, 5_000);
            assertSameAsTheSentence(new Evidence(variant("Item " + random.nextInt(100), List.of()), together,
                    together + random.nextInt(50_000), together + random.nextInt(50_000), 1 + random.nextInt(2_000_000)));
        }
    }
}
