package com.cartwise.domain.bundles.enrichment;

import static com.cartwise.domain.bundles.Shops.AS_OF;
import static com.cartwise.domain.bundles.Shops.created;
import static com.cartwise.domain.bundles.Shops.entry;
import static com.cartwise.domain.bundles.Shops.line;
import static com.cartwise.domain.bundles.Shops.order;
import static com.cartwise.domain.bundles.Shops.untracked;
import static com.cartwise.domain.bundles.Shops.variantOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.TestProgress;
import com.cartwise.domain.mining.WorkCancelledException;
import java.time.Instant;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EnrichmentTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private final Enrichment enrichment = new Enrichment(EnrichmentSettings.DEFAULTS);

    private ShopProfile enrich(List<CatalogEntry> entries, List<OrderSale> orders) {
        return enrichment.enrich(new Catalogue(EUR, entries), orders, AS_OF, Progress.NONE);
    }

    @Test
    void velocityIsUnitsInTheWindowPerDayAndCoverIsStockOverVelocity() {
        // 9 units in the last 90 days (3 orders of 3), 4 more before the window: 9 / 90 = 0.1 a day; 20 / 0.1 = 200 days
        List<OrderSale> orders = new ArrayList<>();
        for (int daysAgo : new int[] {5, 40, 89}) {
            orders.add(order(daysAgo, line(1, 3, "400.00", "0")));
        }
        orders.add(order(200, line(1, 4, "400.00", "0")));

        VariantProfile ski = enrich(List.of(entry(1, "Ski", "Skis", "400.00", "240.00", 20)), orders).variant(1);

        assertEquals(9, ski.sales().unitsInWindow());
        assertEquals(0.1, ski.sales().unitsPerDay(), 1e-12);
        assertEquals(13, ski.sales().units());
        assertEquals(4, ski.sales().orders());
        assertEquals(new StockCover.Days(200.0), roundCover(ski.cover()));
    }

    @Test
    void aLaunchInsideTheWindowIsMeasuredOverTheDaysItCouldSell() {
        // created 10 days ago, 5 units since: 0.5 a day, not 5 / 90
        CatalogEntry helmet = created(entry(8, "Helmet", "Accessories", "120.00", "60.00", 10), AS_OF.minus(10, ChronoUnit.DAYS));

        VariantProfile profile = enrich(List.of(helmet), List.of(order(2, line(8, 5, "120.00", "0")))).variant(8);

        assertEquals(0.5, profile.sales().unitsPerDay(), 1e-12);
        assertEquals(new StockCover.Days(20.0), roundCover(profile.cover()));
    }

    @Test
    void coverWithoutSalesOrStockOrTrackingIsACaseOfItsOwn() {
        ShopProfile shop = enrich(List.of(entry(1, "Unsold", "X", "10.00", null, 7), entry(2, "Gone", "X", "10.00", null, 0),
                untracked(3, "Poles", "X", "40.00")), List.of(order(3, 2, 3)));

        assertEquals(new StockCover.NotSelling(7), shop.variant(1).cover());
        assertEquals(new StockCover.SoldOut(), shop.variant(2).cover());
        assertEquals(new StockCover.Untracked(), shop.variant(3).cover());
    }

    @Test
    void marginIsKnownOnlyWithACost() {
        ShopProfile shop = enrich(List.of(entry(1, "Ski", "Skis", "400.00", "240.00", 1), entry(2, "Poles", "X", "40.00", null, 1)),
                List.of());

        assertEquals(0.4, shop.variant(1).marginRate().getAsDouble(), 1e-12); // (400 - 240) / 400
        assertEquals(OptionalDouble.empty(), shop.variant(2).marginRate());
    }

    @Test
    void discountHistoryIsTheDepthOfTheDiscountedLines() {
        // 2 x 100 with 40 off: 0.2; 1 x 100 with 10 off: 0.1; 1 x 100 undiscounted; one line without a price
        List<OrderSale> orders = List.of(order(1, line(1, 2, "100.00", "40.00")), order(2, line(1, 1, "100.00", "10.00")),
                order(3, line(1, 1, "100.00", "0.00")), order(4, 1), order(5, line(2, 1, "50.00", "25.00")));

        ShopProfile shop = enrich(List.of(entry(1, "A", "Wax", "100.00", null, 5), entry(2, "B", "Skis", "50.00", null, 5)), orders);

        DiscountHistory a = shop.variant(1).sales().discounts();
        assertEquals(3, a.pricedLines());
        assertEquals(2, a.discountedLines());
        assertEquals(0.15, a.typicalRate().getAsDouble(), 1e-12); // (0.2 + 0.1) / 2
        assertEquals(0.2, a.maxRate(), 1e-12);
        assertEquals(0.15, shop.discountsOf("Wax").typicalRate().getAsDouble(), 1e-12);
        assertEquals(0.5, shop.discountsOf("Skis").typicalRate().getAsDouble(), 1e-12);
        assertEquals(0.8 / 3, shop.shopDiscounts().typicalRate().getAsDouble(), 1e-12); // (0.2 + 0.1 + 0.5) / 3
        assertTrue(shop.discountsOf("Nothing").typicalRate().isEmpty());
    }

    @Test
    void bandsPricesByTercileOfTheirCategory() {
        // six waxes at 10..60: q1 = 20 (2nd price), q2 = 40 (4th): 10, 20 low; 30, 40 mid; 50, 60 high
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            entries.add(entry(i, "Wax " + i, "Wax", i * 10 + ".00", null, 1));
        }
        entries.add(entry(7, "Ski", "Skis", "400.00", null, 1));

        ShopProfile shop = enrich(entries, List.of());

        assertEquals(List.of(PriceBand.LOW, PriceBand.LOW, PriceBand.MID, PriceBand.MID, PriceBand.HIGH, PriceBand.HIGH),
                List.of(1L, 2L, 3L, 4L, 5L, 6L).stream().map(id -> shop.variant(id).band()).toList());
        assertEquals(PriceBand.Scope.CATEGORY, shop.variant(1).bandScope());
        // the lone ski is banded among the shop's seven prices: q1 = 30 (3rd), q2 = 50 (5th); 400 > 50
        assertEquals(PriceBand.HIGH, shop.variant(7).band());
        assertEquals(PriceBand.Scope.SHOP, shop.variant(7).bandScope());
    }

    @Test
    void ignoresOrdersAfterTheRunAndLinesOfUnknownVariants() {
        List<OrderSale> orders = List.of(order(1, 1, 999), new OrderSale(AS_OF.plusSeconds(60), List.of(SaleLine.of(1, 5))));

        ShopProfile shop = enrich(List.of(entry(1, "A", "X", "1.00", null, 1)), orders);

        assertEquals(1, shop.orderCount());
        assertEquals(1, shop.variant(1).sales().units());
    }

    @Test
    void anOrderCountsOnceForAVariantOnSeveralLines() {
        ShopProfile shop = enrich(List.of(entry(1, "A", "X", "1.00", null, 1)), List.of(order(1, 1, 1)));

        assertEquals(1, shop.variant(1).sales().orders());
        assertEquals(2, shop.variant(1).sales().lines());
    }

    @Test
    void aProductSumsItsVariantsAndCountsEachOrderOnce() {
        CatalogEntry small = variantOf(entry(1, "Boot", "Boots", "100.00", "50.00", 4), "boot", "40");
        CatalogEntry large = variantOf(entry(2, "Boot", "Boots", "100.00", "70.00", 6), "boot", "44");
        // 90 days: sizes 40 and 44 in one order, then 44 alone: 3 units, 2 orders
        ShopProfile shop = enrich(List.of(small, large), List.of(order(10, 1, 2), order(20, 2)));

        ProductProfile boot = shop.products().get("boot");
        assertEquals(List.of(1L, 2L), boot.variantIds());
        assertEquals(3, boot.sales().units());
        assertEquals(2, boot.sales().orders());
        assertEquals(3 / 90.0, boot.sales().unitsPerDay(), 1e-12);
        assertEquals(new StockCover.Days(300.0), roundCover(boot.cover())); // 10 on hand / (3/90)
        assertEquals(0.4, boot.marginRate().getAsDouble(), 1e-12); // mean of 0.5 and 0.3
        assertEquals(shop.products().get("boot"), shop.productOf(2));
    }

    @Test
    void countsTheLastYearsUnitsByCalendarMonth() {
        // AS_OF is 31 January 2025: 5 days before is in January, 40 days before in December, 400 days before is outside
        ShopProfile shop = enrich(List.of(entry(1, "A", "X", "1.00", null, 1)),
                List.of(order(5, line(1, 2, "1", "0")), order(40, 1), order(400, 1)));

        MonthlyUnits lastYear = shop.variant(1).sales().lastYear();
        assertEquals(2, lastYear.units(Month.JANUARY));
        assertEquals(1, lastYear.units(Month.DECEMBER));
        assertEquals(3, lastYear.total());
        assertEquals(Instant.parse("2023-12-28T00:00:00Z"), shop.variant(1).sales().firstSale());
        assertEquals(java.util.OptionalLong.of(400), shop.variant(1).sales().daysSinceFirstSale(AS_OF));
    }

    @Test
    void stopsAtACheckpointWhenCancelled() {
        Progress cancelled = TestProgress.cancelled();

        assertThrows(WorkCancelledException.class,
                () -> enrichment.enrich(new Catalogue(EUR, List.of()), List.of(order(1, 1)), AS_OF, cancelled));
    }

    @Test
    void refusesAVariantTwiceInTheCatalogue() {
        assertThrows(com.cartwise.domain.InvalidInputException.class,
                () -> new Catalogue(EUR, List.of(entry(1, "A", "X", "1", null, 1), entry(1, "B", "X", "1", null, 1))));
    }

    private static StockCover roundCover(StockCover cover) {
        return cover instanceof StockCover.Days d ? new StockCover.Days(Math.round(d.days() * 1e9) / 1e9) : cover;
    }
}
