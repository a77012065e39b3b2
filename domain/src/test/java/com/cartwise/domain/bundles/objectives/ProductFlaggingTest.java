package com.cartwise.domain.bundles.objectives;

import static com.cartwise.domain.bundles.Shops.AS_OF;
import static com.cartwise.domain.bundles.Shops.created;
import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.line;
import static com.cartwise.domain.bundles.Shops.order;
import static com.cartwise.domain.bundles.Shops.untracked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.mining.Progress;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductFlaggingTest {
    private static FlaggedShop flag(List<CatalogEntry> entries, List<OrderSale> orders) {
        var profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(new Catalogue(Currency.getInstance("EUR"), entries), orders, AS_OF,
                Progress.NONE);
        return new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, Progress.NONE);
    }

    @Test
    void aProductCreatedLessThanThirtyDaysAgoIsANewLaunchAndNeverASlowMover() {
        CatalogEntry helmet = created(entry(1, "Helmet", "A", "120", "100", 10), AS_OF.minus(29, ChronoUnit.DAYS));
        CatalogEntry old = created(entry(2, "Old", "A", "120", "100", 10), AS_OF.minus(30, ChronoUnit.DAYS));

        FlaggedShop shop = flag(List.of(helmet, old), List.of());

        assertEquals(Set.of(ProductFlag.NEW_LAUNCH), shop.flagsOf(1));
        assertEquals(Set.of(ProductFlag.SLOW_MOVER), shop.flagsOf(2), "30 days is no longer new; stock and no sales is slow");
    }

    @Test
    void withoutACreationDateTheFirstSaleDatesTheLaunch() {
        CatalogEntry undated = created(entry(1, "Undated", "A", "10", "9", 100), null);

        FlaggedShop shop = flag(List.of(undated), List.of(order(5, 1)));

        assertTrue(shop.has(1, ProductFlag.NEW_LAUNCH));
    }

    @Test
    void aSlowMoverHasAtLeastNinetyDaysOfCover() {
        // both sell 9 units in 90 days (0.1 a day): 9 on hand is 90 days, 8 on hand is 80
        List<OrderSale> orders = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            orders.add(order(1 + i * 9, 1, 2));
        }

        FlaggedShop shop = flag(List.of(entry(1, "Nine", "A", "10", null, 9), entry(2, "Eight", "A", "10", null, 8)), orders);

        assertTrue(shop.has(1, ProductFlag.SLOW_MOVER));
        assertEquals(Set.of(), shop.flagsOf(2));
    }

    @Test
    void soldOutAndUntrackedStockIsNeverSlow() {
        FlaggedShop shop = flag(List.of(entry(1, "Gone", "A", "10", null, 0), untracked(2, "Poles", "A", "40")), List.of());

        assertEquals(Set.of(), shop.flagsOf(1));
        assertEquals(Set.of(), shop.flagsOf(2));
    }

    @Test
    void aHighMarginIsAtLeastHalfThePriceAndNeedsAKnownCost() {
        FlaggedShop shop = flag(List.of(entry(1, "Half", "A", "100", "50", 0), entry(2, "Less", "A", "100", "51", 0),
                entry(3, "Unknown", "A", "100", null, 0)), List.of());

        assertEquals(Set.of(ProductFlag.HIGH_MARGIN), shop.flagsOf(1));
        assertEquals(Set.of(), shop.flagsOf(2));
        assertEquals(Set.of(), shop.flagsOf(3));
    }

    @Test
    void aProductSellingMostOfItsYearInTheCurrentQuarterIsSeasonal() {
        // a shop with orders 400 days back; gloves: 10 units in December, 2 in January, 2 in July: 12 of 14 in Dec-Feb
        // sunglasses: 14 units in July: seasonal, but not now (January)
        List<OrderSale> orders = new ArrayList<>(List.of(order(400, 3)));
        orders.add(order(40, line(1, 10, "20", "0")));
        orders.add(order(10, line(1, 2, "20", "0")));
        orders.add(order(200, line(1, 2, "20", "0")));
        orders.add(order(200, line(2, 14, "20", "0")));

        FlaggedShop shop = flag(List.of(untracked(1, "Gloves", "A", "20"), untracked(2, "Sunglasses", "A", "20"),
                untracked(3, "Other", "A", "5")), orders);

        assertTrue(shop.has(1, ProductFlag.SEASONAL));
        assertTrue(!shop.has(2, ProductFlag.SEASONAL));
    }

    @Test
    void seasonalityNeedsAYearOfHistory() {
        List<OrderSale> orders = List.of(order(40, line(1, 12, "20", "0")));

        assertTrue(!flag(List.of(untracked(1, "Gloves", "A", "20")), orders).has(1, ProductFlag.SEASONAL));
    }

    @Test
    void aProductBoughtInMultiplesInAQuarterOfItsLinesIsReplenishable() {
        // five lines, two of them for 2+ units: 0.4; the other product has four lines only
        List<OrderSale> orders = List.of(order(1, line(1, 2, "5", "0")), order(2, line(1, 3, "5", "0")), order(3, 1), order(4, 1),
                order(5, 1), order(1, line(2, 2, "5", "0")), order(2, line(2, 2, "5", "0")), order(3, 2), order(4, 2));

        FlaggedShop shop = flag(List.of(untracked(1, "Coffee", "A", "5"), untracked(2, "Tea", "A", "5")), orders);

        assertTrue(shop.has(1, ProductFlag.REPLENISHABLE));
        assertTrue(!shop.has(2, ProductFlag.REPLENISHABLE));
    }
}
