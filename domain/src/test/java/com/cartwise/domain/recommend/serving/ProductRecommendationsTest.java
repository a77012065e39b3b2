package com.cartwise.domain.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.recommend.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Frequently bought together for a product page. Orders:
 * <pre>
 *   {JKT-M, HAT} {JKT-L, HAT} {JKT-L, SCARF} {JKT-M, JKT-L} {HAT, SCARF} {BOOT}
 * </pre>
 * ids: JKT-M 1, JKT-L 2 (product "jacket"), HAT 3, SCARF 4, BOOT 5.
 */
class ProductRecommendationsTest {
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<Basket> ORDERS = List.of(new Basket(T, 1, 3), new Basket(T, 2, 3), new Basket(T, 2, 4),
            new Basket(T, 1, 2), new Basket(T, 3, 4), new Basket(T, 5));
    private static final List<Variant> CATALOGUE = List.of(
            ServingModelTest.variant(1, "Jacket", List.of("M"), "JKT-M", Stock.tracked(5)),
            ServingModelTest.variant(2, "Jacket", List.of("L"), "JKT-L", Stock.tracked(5)),
            ServingModelTest.variant(3, "Hat", List.of(), "HAT", Stock.tracked(5)),
            ServingModelTest.variant(4, "Scarf", List.of(), "SCARF", Stock.tracked(5)),
            ServingModelTest.variant(5, "Boot", List.of(), "BOOT", Stock.tracked(5)));

    private static List<Long> ids(Recommendations r) {
        return r.items().stream().map(x -> x.variant().id()).toList();
    }

    private static ServingModel serving() {
        return ServingModelTest.serving("co_occurrence", CATALOGUE, ORDERS);
    }

    @Test
    void aProductPageShowsWhatWasBoughtWithAnyOfItsVariantsButNoneOfThem() {
        // jacket = {1, 2}: HAT co(1,3) + co(2,3) = 2, SCARF co(2,4) = 1; never JKT-M or JKT-L; then best seller BOOT
        Recommendations got = serving().recommendForProduct(new ProductReference.OfProduct("jacket"), 5);

        assertEquals(List.of(3L, 4L, 5L), ids(got));
        assertEquals(2.0, got.items().getFirst().score(), 1e-12);
        assertEquals(Source.CO_PURCHASE, got.source());
        assertEquals("Bought together with this product.", got.reason());
    }

    @Test
    void aVariantPageShowsWhatWasBoughtWithThatVariantButNoOtherSizeOfIt() {
        // JKT-M (1): HAT co 1; JKT-L is its neighbour too, but the same product; then best sellers SCARF, BOOT
        Recommendations got = serving().recommendForProduct(new ProductReference.OfVariant(new VariantKey.BySku("JKT-M")), 5);

        assertEquals(List.of(3L, 4L, 5L), ids(got));
        assertEquals(Source.CO_PURCHASE, got.items().getFirst().source());
        assertEquals(Source.POPULARITY, got.items().get(1).source());
    }

    @Test
    void anUnknownProductGetsBestSellersAndSaysSo() {
        Recommendations got = serving().recommendForProduct(new ProductReference.OfProduct("no-such-thing"), 2);

        // best sellers: JKT-L and HAT (3 orders each, lower id first), ...
        assertEquals(List.of(2L, 3L), ids(got));
        assertEquals(Source.POPULARITY, got.source());
        assertEquals("None of this product's items has been bought with anything yet: best sellers instead.", got.reason());
    }

    @Test
    void knowsAProductOrVariantItsOrdersHeldAndNothingElse() {
        ServingModel serving = serving();

        assertTrue(serving.knows(new ProductReference.OfProduct("jacket")));
        assertTrue(serving.knows(new ProductReference.OfVariant(new VariantKey.BySku("JKT-L"))));
        assertTrue(serving.knows(new ProductReference.OfVariant(new VariantKey.ById(5))));
        assertFalse(serving.knows(new ProductReference.OfProduct("no-such-thing")));
        assertFalse(serving.knows(new ProductReference.OfVariant(new VariantKey.BySku("NOPE"))));
    }

    @Test
    void describesWhatAPageNamesAsAMerchantReadsIt() {
        assertEquals("product with handle 'jacket'", new ProductReference.OfProduct(" jacket ").describe());
        assertEquals("variant with SKU 'JKT-M'", new ProductReference.OfVariant(new VariantKey.BySku("JKT-M")).describe());
        assertEquals("variant with shopify_variant_id 7", new ProductReference.OfVariant(new VariantKey.ByShopifyVariantId(7))
                .describe());
        assertEquals("variant with variant_id 3", new ProductReference.OfVariant(new VariantKey.ById(3)).describe());
    }
}
