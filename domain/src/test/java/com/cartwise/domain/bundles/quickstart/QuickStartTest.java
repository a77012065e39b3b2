package com.cartwise.domain.bundles.quickstart;

import static com.cartwise.domain.bundles.Shops.AS_OF;
import static com.cartwise.domain.bundles.Shops.EUR;
import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.repeat;
import static com.cartwise.domain.bundles.Shops.variantOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.copy.TemplateCopyWriter;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.pricing.DiscountBasis;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.pricing.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    @Test
    void pairsTheBestSellersThatAreBoughtTogetherMostAtTheFixedDiscount() {
        List<CatalogEntry> catalogue = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            catalogue.add(entry(id, "Item " + id, "X", "10.00", "5.00", 100));
        }
        // 1+2 in 9 orders, 3+4 in 5, 1+3 in 3, 5+6 in 1 (below the minimum of 2)
        List<OrderSale> orders = new ArrayList<>();
        orders.addAll(repeat(9, 1, 1, 2));
        orders.addAll(repeat(5, 2, 3, 4));
        orders.addAll(repeat(3, 3, 1, 3));
        orders.addAll(repeat(1, 4, 5, 6));

        List<ProposedBundle> bundles = new QuickStart(QuickStartSettings.DEFAULTS).generate(new Catalogue(EUR, catalogue), orders, AS_OF, Progress.NONE);

        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L), List.of(1L, 3L)),
                bundles.stream().map(b -> b.bundle().priced().ranked().candidate().variantIds()).toList());
        ProposedBundle first = bundles.get(0);
        var candidate = first.bundle().priced().ranked().candidate();
        assertEquals(BundleType.FBT, candidate.type());
        assertEquals(Objective.INCREASE_AOV, candidate.objective());
        assertEquals(CandidateSource.QUICK_START, candidate.source());
        assertEquals(9, candidate.evidence().together());
        assertEquals(new Offer.PercentOff(DiscountRate.ofPercent(10)), first.bundle().priced().price().offer());
        assertEquals(DiscountBasis.FIXED, first.bundle().priced().price().basis());
        assertEquals(new BigDecimal("18.00"), first.bundle().priced().price().price());
        assertEquals(TemplateCopyWriter.NAME, first.copy().writer());
        assertEquals("Item 1 + Item 2", first.copy().title());
        assertTrue(first.bundle().explanation().text().startsWith("Bought together in 9 of 12 orders with Item 1"),
                first.bundle().explanation().text());
    }

    @Test
    void proposesAtMostTenWithEachVariantInAtMostTwoAndNeverTwoSizesOfOneProduct() {
        List<CatalogEntry> catalogue = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            catalogue.add(entry(id, "Item " + id, "X", "10.00", null, 100));
        }
        catalogue.set(1, variantOf(catalogue.get(1), "p1", "Large"));
        List<OrderSale> orders = new ArrayList<>();
        for (long a = 1; a <= 30; a++) {
            for (long b = a + 1; b <= 30; b++) {
                orders.addAll(repeat(2, 1, a, b));
            }
        }

        List<ProposedBundle> bundles = new QuickStart(QuickStartSettings.DEFAULTS).generate(new Catalogue(EUR, catalogue), orders, AS_OF, Progress.NONE);

        assertEquals(10, bundles.size());
        java.util.Map<Long, Long> uses = bundles.stream().flatMap(b -> b.bundle().priced().ranked().candidate().variantIds().stream())
                .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
        assertTrue(uses.values().stream().allMatch(n -> n <= 2), uses.toString());
        assertTrue(bundles.stream().noneMatch(b -> b.bundle().priced().ranked().candidate().variantIds().containsAll(List.of(1L, 2L))),
                "1 and 2 are sizes of one product");
    }

    @Test
    void aShopWhoseBestSellersAreNeverBoughtTogetherGetsNone() {
        List<ProposedBundle> bundles = new QuickStart(QuickStartSettings.DEFAULTS).generate(
                new Catalogue(EUR, List.of(entry(1, "A", "X", "1", null, 9), entry(2, "B", "X", "1", null, 9))), repeat(5, 1, 1), AS_OF,
                Progress.NONE);

        assertEquals(List.of(), bundles);
    }
}
