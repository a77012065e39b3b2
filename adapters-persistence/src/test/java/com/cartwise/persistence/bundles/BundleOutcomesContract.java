package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.pricing.DiscountRate;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code BundleOutcomes} does, the in-memory one and PostgreSQL's alike. */
abstract class BundleOutcomesContract {
    static final BundleKey SKIS_AND_WAX = new BundleKey("2176d63657d11a9abca7a9ccb75014cb");

    protected abstract Ports ports();

    @Test
    void aShopWithNoHistoryHasNoOutcomes() {
        assertEquals(List.of(), ports().bundleOutcomes().of(newShop(ports().shops(), "EUR")));
    }

    @Test
    void whatIsRecordedAddsUpPerBundleAndDiscount() {
        ShopId shop = newShop(ports().shops(), "EUR");
        ports().bundleOutcomes().record(shop, new BundleOutcome(SKIS_AND_WAX, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 100, 4,
                new BigDecimal("1400.00")));
        ports().bundleOutcomes().record(shop, new BundleOutcome(SKIS_AND_WAX, Objective.INCREASE_AOV,
                new DiscountRate(new BigDecimal("0.10")), 50, 1, new BigDecimal("350.5")));
        ports().bundleOutcomes().record(shop, new BundleOutcome(SKIS_AND_WAX, Objective.INCREASE_AOV, DiscountRate.ofPercent(15), 20, 0,
                BigDecimal.ZERO));

        List<BundleOutcome> outcomes = ports().bundleOutcomes().of(shop).stream()
                .sorted(Comparator.comparing(BundleOutcome::discount)).toList();

        assertEquals(List.of(
                new BundleOutcome(SKIS_AND_WAX, Objective.INCREASE_AOV, DiscountRate.ofPercent(10), 150, 5, new BigDecimal("1750.50")),
                new BundleOutcome(SKIS_AND_WAX, Objective.INCREASE_AOV, DiscountRate.ofPercent(15), 20, 0, BigDecimal.ZERO)), outcomes);
        assertEquals(List.of(), ports().bundleOutcomes().of(newShop(ports().shops(), "EUR")));
    }
}
