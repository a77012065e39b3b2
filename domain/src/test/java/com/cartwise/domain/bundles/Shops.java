package com.cartwise.domain.bundles;

import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.Enrichment;
import com.cartwise.domain.bundles.enrichment.EnrichmentSettings;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlagging;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.mining.Progress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Terse builders of catalogue entries and orders for the bundle specifications. */
public final class Shops {
    /** The run's time in every specification: the end of January 2025. */
    public static final Instant AS_OF = Instant.parse("2025-01-31T00:00:00Z");
    public static final Instant LONG_AGO = Instant.parse("2022-01-01T00:00:00Z");

    private Shops() {
    }

    public static final Currency EUR = Currency.getInstance("EUR");

    /** Enriched and flagged with the default settings, as of {@link #AS_OF}. */
    public static FlaggedShop flagged(List<CatalogEntry> entries, List<OrderSale> orders) {
        var profile = new Enrichment(EnrichmentSettings.DEFAULTS).enrich(new Catalogue(EUR, entries), orders, AS_OF, Progress.NONE);
        return new ProductFlagging(FlagThresholds.DEFAULTS).flag(profile, Progress.NONE);
    }

    /** {@code times} copies of an order {@code daysAgo} days before the run. */
    public static List<OrderSale> repeat(int times, int daysAgo, long... variantIds) {
        List<OrderSale> orders = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            orders.add(order(daysAgo, variantIds));
        }
        return orders;
    }

    /** An active variant of its own product, created long ago, with a tracked stock. */
    public static CatalogEntry entry(long id, String title, String category, String price, String cost, int stock) {
        return new CatalogEntry(id, "p" + id, title, "", new BigDecimal(price), null, cost == null ? null : new BigDecimal(cost),
                Stock.tracked(stock), category, "Vendor", List.of(), LONG_AGO, true);
    }

    public static CatalogEntry untracked(long id, String title, String category, String price) {
        return new CatalogEntry(id, "p" + id, title, "", new BigDecimal(price), null, null, Stock.untracked(), category, "Vendor",
                List.of(), LONG_AGO, true);
    }

    public static CatalogEntry created(CatalogEntry entry, Instant createdAt) {
        return new CatalogEntry(entry.variantId(), entry.productId(), entry.productTitle(), entry.variantTitle(), entry.price(),
                entry.compareAtPrice(), entry.cost(), entry.stock(), entry.category(), entry.vendor(), entry.tags(), createdAt,
                entry.active());
    }

    public static CatalogEntry variantOf(CatalogEntry entry, String productId, String variantTitle) {
        return new CatalogEntry(entry.variantId(), productId, entry.productTitle(), variantTitle, entry.price(), entry.compareAtPrice(),
                entry.cost(), entry.stock(), entry.category(), entry.vendor(), entry.tags(), entry.createdAt(), entry.active());
    }

    /** An order {@code daysAgo} days before {@link #AS_OF} with one unit of each variant. */
    public static OrderSale order(int daysAgo, long... variantIds) {
        List<SaleLine> lines = new ArrayList<>();
        for (long id : variantIds) {
            lines.add(SaleLine.of(id, 1));
        }
        return new OrderSale(AS_OF.minus(daysAgo, ChronoUnit.DAYS), lines);
    }

    public static OrderSale order(int daysAgo, SaleLine... lines) {
        return new OrderSale(AS_OF.minus(daysAgo, ChronoUnit.DAYS), List.of(lines));
    }

    public static SaleLine line(long variantId, int quantity, String unitPrice, String discount) {
        return new SaleLine(variantId, quantity, new BigDecimal(unitPrice), new BigDecimal(discount));
    }
}
