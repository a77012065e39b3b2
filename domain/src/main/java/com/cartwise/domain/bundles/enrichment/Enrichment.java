package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.mining.Progress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Phase 1 of bundle generation: profiles every variant and product of the catalogue from the
 * orders placed up to {@code asOf} (later orders are ignored, so a run is reproducible). Lines
 * of variants that are not in the catalogue are skipped. One pass over the orders; progress is
 * reported per 4,096 orders, which are also the units of cancellation.
 */
public final class Enrichment {
    private static final long DAY = 86_400;
    private final EnrichmentSettings settings;

    public Enrichment(EnrichmentSettings settings) {
        InvalidInputException.require(settings != null, "enrichment_settings", "are required");
        this.settings = settings;
    }

    public ShopProfile enrich(Catalogue catalogue, List<OrderSale> orders, Instant asOf, Progress progress) {
        InvalidInputException.require(asOf != null, "as_of", "is required");
        CatalogueIndex index = new CatalogueIndex(catalogue.entries());
        Tallies tallies = tally(index, orders, asOf, progress);
        Map<String, DiscountHistory> categoryDiscounts = new HashMap<>();
        for (int c = 0; c < index.categories(); c++) {
            categoryDiscounts.put(index.category(c), tallies.discounts().discounts(c));
        }
        Map<Long, VariantProfile> variants = variantProfiles(index, tallies.variants(), asOf);
        Map<String, ProductProfile> products = productProfiles(index, tallies.products(), variants, asOf);
        progress.report(1.0);
        return new ShopProfile(catalogue.currency(), asOf, settings.velocityWindowDays(), tallies.orders(),
                tallies.firstOrder() == Long.MAX_VALUE ? null : Instant.ofEpochSecond(tallies.firstOrder()), variants, products,
                categoryDiscounts, tallies.discounts().discounts(index.categories()));
    }

    /**
     * The sales of each variant and product, and the discounts of each category (the shop's at
     * index {@code categories()}), from the orders up to {@code asOf}.
     */
    private record Tallies(SalesTally variants, SalesTally products, SalesTally discounts, int orders, long firstOrder) {
    }

    private Tallies tally(CatalogueIndex index, List<OrderSale> orders, Instant asOf, Progress progress) {
        SalesTally variantSales = new SalesTally(index.variants());
        SalesTally productSales = new SalesTally(index.products());
        SalesTally discounts = new SalesTally(index.categories() + 1);
        long asOfSecond = asOf.getEpochSecond();
        long windowStart = asOfSecond - settings.velocityWindowDays() * DAY;
        long yearStart = asOfSecond - 365 * DAY;
        int counted = 0;
        long firstOrder = Long.MAX_VALUE;
        for (int o = 0; o < orders.size(); o++) {
            if ((o & 4095) == 0) {
                progress.advance(o, orders.size() + 1L);
            }
            OrderSale order = orders.get(o);
            long placed = order.placedAt().getEpochSecond();
            if (placed > asOfSecond) {
                continue;
            }
            counted++;
            firstOrder = Math.min(firstOrder, placed);
            boolean inWindow = placed > windowStart;
            int month = placed > yearStart ? order.placedAt().atOffset(ZoneOffset.UTC).getMonthValue() - 1 : -1;
            for (SaleLine line : order.lines()) {
                int v = index.variantIndex(line.variantId());
                if (v >= 0) {
                    double rate = line.discountRate();
                    variantSales.add(v, o, placed, line, rate, inWindow, month);
                    productSales.add(index.productIndexOf(v), o, placed, line, rate, inWindow, month);
                    discounts.addDiscount(index.categoryIndexOf(v), rate);
                    discounts.addDiscount(index.categories(), rate);
                }
            }
        }
        progress.advance(orders.size(), orders.size() + 1L);
        return new Tallies(variantSales, productSales, discounts, counted, firstOrder);
    }

    private Map<Long, VariantProfile> variantProfiles(CatalogueIndex index, SalesTally sales, Instant asOf) {
        Map<Long, PriceBands.Assigned> bands = PriceBands.assign(index.entries(), settings.minVariantsForCategoryBands());
        Map<Long, VariantProfile> profiles = new HashMap<>();
        for (int v = 0; v < index.variants(); v++) {
            CatalogEntry entry = index.entry(v);
            double perDay = sales.unitsInWindow(v) / (double) sellingDays(entry.createdAt(), sales.firstSale(v), asOf);
            PriceBands.Assigned band = bands.get(entry.variantId());
            profiles.put(entry.variantId(), new VariantProfile(entry, sales.figures(v, perDay), StockCover.of(entry.stock(), perDay),
                    VariantProfile.marginOf(entry), band.band(), band.scope()));
        }
        return profiles;
    }

    private Map<String, ProductProfile> productProfiles(CatalogueIndex index, SalesTally sales, Map<Long, VariantProfile> variants,
                                                        Instant asOf) {
        Map<String, ProductProfile> profiles = new HashMap<>();
        for (int p = 0; p < index.products(); p++) {
            List<VariantProfile> members = new ArrayList<>();
            for (int v : index.variantsOf(p)) {
                members.add(variants.get(index.entry(v).variantId()));
            }
            CatalogEntry first = members.get(0).entry();
            Instant createdAt = members.stream().map(m -> m.entry().createdAt()).filter(c -> c != null).min(Instant::compareTo).orElse(null);
            double perDay = sales.unitsInWindow(p) / (double) sellingDays(createdAt, sales.firstSale(p), asOf);
            profiles.put(first.productId(), new ProductProfile(first.productId(), first.productTitle(), first.category(), first.vendor(),
                    createdAt, members.stream().map(VariantProfile::variantId).toList(), sales.figures(p, perDay),
                    trackedCover(members), meanMargin(members)));
        }
        return profiles;
    }

    /**
     * The days a variant could sell within the window: the whole window, or fewer for one created
     * (or first sold) inside it, so a launch selling 20 units in 10 days shows 2 a day, not 20/90.
     */
    private long sellingDays(Instant createdAt, Instant firstSale, Instant asOf) {
        Instant since = createdAt;
        if (firstSale != null && (since == null || firstSale.isBefore(since))) {
            since = firstSale;
        }
        long window = settings.velocityWindowDays();
        return since == null ? window : Math.max(1, Math.min(window, Duration.between(since, asOf).toDays()));
    }

    /** Tracked, not-oversold variants only: an untracked size says nothing about how long the rest lasts. */
    private static StockCover trackedCover(List<VariantProfile> members) {
        int onHand = 0;
        double perDay = 0;
        boolean anyTracked = false;
        for (VariantProfile member : members) {
            if (member.entry().stock().tracked() && !member.entry().stock().sellsWhenOutOfStock()) {
                anyTracked = true;
                onHand += Math.max(0, member.entry().stock().quantity());
                perDay += member.sales().unitsPerDay();
            }
        }
        return StockCover.of(!anyTracked, onHand, perDay);
    }

    private static OptionalDouble meanMargin(List<VariantProfile> members) {
        return members.stream().map(VariantProfile::marginRate).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }
}
