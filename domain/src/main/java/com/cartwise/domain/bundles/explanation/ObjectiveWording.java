package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.enrichment.MonthlyUnits;
import com.cartwise.domain.bundles.enrichment.ProductProfile;
import com.cartwise.domain.bundles.enrichment.StockCover;
import com.cartwise.domain.bundles.enrichment.VariantProfile;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlag;
import com.cartwise.domain.pricing.BundlePrice;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The reason the bundle serves its objective, from the flag or figure that qualified it. */
final class ObjectiveWording {
    private final FlaggedShop shop;
    private final FlagThresholds thresholds;

    ObjectiveWording(FlaggedShop shop, FlagThresholds thresholds) {
        this.shop = shop;
        this.thresholds = thresholds;
    }

    Optional<String> of(Candidate candidate, BundlePrice price) {
        return switch (candidate.objective()) {
            case INCREASE_AOV -> Optional.of("raises the order from " + Wording.money(anchorPrice(candidate), price.currency()) + " to "
                    + Wording.money(price.price(), price.currency()));
            case CLEAR_SLOW_MOVERS -> flagged(candidate, ProductFlag.SLOW_MOVER).map(v -> "clears slow-moving stock (" + v.entry().displayName()
                    + ": " + cover(shop.profile().productOf(v.variantId()).cover()) + ")");
            case SEASONAL_PROMO -> flagged(candidate, ProductFlag.SEASONAL).map(this::season);
            case NEW_LAUNCH -> flagged(candidate, ProductFlag.NEW_LAUNCH).map(this::launch);
            case CATEGORY_BUNDLE -> Optional.of("a choice from " + shop.profile().variant(candidate.variantIds().get(0)).category());
            case GIFT_BOX -> Optional.of("a gift set from " + candidate.variantIds().stream().map(id -> shop.profile().variant(id).category())
                    .distinct().count() + " categories");
            case SUBSCRIPTION_PUSH -> Optional.of("bought in multiples in " + Wording.percent(
                    shop.profile().variant(candidate.variantIds().get(0)).sales().multiUnitShare()) + " of its orders");
            case MARGIN_GUARD -> price.marginIfKnown().filter(m -> price.price().signum() > 0).map(m -> "keeps a "
                    + Wording.percent(m.doubleValue() / price.price().doubleValue()) + " margin after the discount");
        };
    }

    private BigDecimal anchorPrice(Candidate candidate) {
        return shop.profile().variant(candidate.variantIds().get(0)).entry().price();
    }

    private Optional<VariantProfile> flagged(Candidate candidate, ProductFlag flag) {
        return candidate.variantIds().stream().filter(id -> shop.has(id, flag)).findFirst().map(id -> shop.profile().variant(id));
    }

    private static String cover(StockCover cover) {
        return switch (cover) {
            case StockCover.Days days -> Wording.days(days.days()) + " of cover";
            case StockCover.NotSelling notSelling -> notSelling.onHand() + " in stock and no recent sales";
            case StockCover.SoldOut soldOut -> "sold out";
            case StockCover.Untracked untracked -> "stock not tracked";
        };
    }

    private String season(VariantProfile variant) {
        ProductProfile product = shop.profile().productOf(variant.variantId());
        MonthlyUnits lastYear = product.sales().lastYear();
        int span = thresholds.seasonalPeakMonths();
        var start = lastYear.peakStart(span);
        return "in season: " + variant.entry().displayName() + " sells " + Wording.percent(lastYear.peakShare(span)) + " of its year in "
                + start.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "–" + start.plus(span - 1L).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private String launch(VariantProfile variant) {
        ProductProfile product = shop.profile().productOf(variant.variantId());
        return product.createdAtIfKnown().or(() -> product.sales().firstSaleIfAny())
                .map(at -> "introduces " + variant.entry().displayName() + ", launched " + Wording.days(Duration.between(at, shop.profile().asOf())
                        .toDays()) + " ago")
                .orElse("introduces " + variant.entry().displayName());
    }
}
