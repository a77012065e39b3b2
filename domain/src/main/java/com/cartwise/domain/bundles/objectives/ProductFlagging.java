package com.cartwise.domain.bundles.objectives;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.enrichment.ProductProfile;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.enrichment.StockCover;
import com.cartwise.domain.mining.Progress;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Phase 2 of bundle generation: flags each product by the definitions of {@link FlagThresholds}. */
public final class ProductFlagging {
    private final FlagThresholds thresholds;

    public ProductFlagging(FlagThresholds thresholds) {
        InvalidInputException.require(thresholds != null, "flag_thresholds", "are required");
        this.thresholds = thresholds;
    }

    public FlaggedShop flag(ShopProfile shop, Progress progress) {
        Map<String, Set<ProductFlag>> flags = new HashMap<>();
        List<ProductProfile> products = new ArrayList<>(shop.products().values());
        boolean yearOfHistory = shop.firstOrderIfAny().map(first -> !first.isAfter(shop.asOf().minus(Duration.ofDays(365)))).orElse(false);
        for (int i = 0; i < products.size(); i++) {
            if ((i & 1023) == 0) {
                progress.advance(i, products.size());
            }
            flags.put(products.get(i).productId(), flagsOf(products.get(i), shop.asOf(), yearOfHistory));
        }
        progress.report(1.0);
        return new FlaggedShop(shop, flags);
    }

    Set<ProductFlag> flagsOf(ProductProfile product, Instant asOf, boolean yearOfHistory) {
        Set<ProductFlag> flags = EnumSet.noneOf(ProductFlag.class);
        boolean newLaunch = isNewLaunch(product, asOf);
        if (newLaunch) {
            flags.add(ProductFlag.NEW_LAUNCH);
        }
        if (!newLaunch && isSlow(product.cover())) {
            flags.add(ProductFlag.SLOW_MOVER);
        }
        if (product.marginRate().isPresent() && product.marginRate().getAsDouble() >= thresholds.highMarginRate()) {
            flags.add(ProductFlag.HIGH_MARGIN);
        }
        if (yearOfHistory && isSeasonalNow(product, asOf)) {
            flags.add(ProductFlag.SEASONAL);
        }
        if (product.sales().lines() >= thresholds.replenishableMinLines()
                && product.sales().multiUnitShare() >= thresholds.replenishableMultiUnitShare()) {
            flags.add(ProductFlag.REPLENISHABLE);
        }
        return flags;
    }

    private boolean isNewLaunch(ProductProfile product, Instant asOf) {
        Instant launched = product.createdAtIfKnown().orElse(product.sales().firstSale());
        return launched != null && Duration.between(launched, asOf).compareTo(Duration.ofDays(thresholds.newLaunchDays())) < 0;
    }

    private boolean isSlow(StockCover cover) {
        return switch (cover) {
            case StockCover.Days days -> days.days() >= thresholds.slowMoverCoverDays();
            case StockCover.NotSelling notSelling -> true;
            case StockCover.SoldOut soldOut -> false;
            case StockCover.Untracked untracked -> false;
        };
    }

    private boolean isSeasonalNow(ProductProfile product, Instant asOf) {
        var lastYear = product.sales().lastYear();
        int span = thresholds.seasonalPeakMonths();
        if (lastYear.total() < thresholds.seasonalMinUnits() || lastYear.peakShare(span) < thresholds.seasonalPeakShare()) {
            return false;
        }
        int start = lastYear.peakStart(span).ordinal();
        Month now = asOf.atOffset(ZoneOffset.UTC).getMonth();
        return inWindow(now.ordinal(), start, span) || inWindow(now.plus(1).ordinal(), start, span);
    }

    private static boolean inWindow(int month, int start, int span) {
        return Math.floorMod(month - start, 12) < span;
    }
}
