package com.cartwise.domain.bundles.objectives;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.VariantProfile;
import com.cartwise.domain.catalog.Stock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which bundles serve which objective: the types an objective makes, and whether a set of
 * variants qualifies. Every bundle holds only sellable variants (active, in stock or oversold),
 * of distinct products when it has several (a boot in size 40 and 44 is not a bundle), with the
 * stock its type needs (3 units for volume breaks, 2 to give one away).
 */
public final class ObjectiveRules {
    private ObjectiveRules() {
    }

    /**
     * The types an objective makes: add-ons and sets raise the order value; BOGO and volume move
     * stock; a launch or a season rides next to what sells; a category set or a gift box is a
     * pick of several; subscriptions sell more of one thing; margin guard avoids BOGO's deep cut.
     */
    public static Set<BundleType> typesFor(Objective objective) {
        return switch (objective) {
            case INCREASE_AOV -> EnumSet.of(BundleType.FBT, BundleType.MIX_AND_MATCH, BundleType.VOLUME);
            case CLEAR_SLOW_MOVERS -> EnumSet.of(BundleType.FBT, BundleType.BOGO, BundleType.VOLUME);
            case SEASONAL_PROMO -> EnumSet.of(BundleType.FBT, BundleType.MIX_AND_MATCH);
            case NEW_LAUNCH -> EnumSet.of(BundleType.FBT);
            case CATEGORY_BUNDLE -> EnumSet.of(BundleType.MIX_AND_MATCH, BundleType.FBT);
            case GIFT_BOX -> EnumSet.of(BundleType.MIX_AND_MATCH, BundleType.FBT);
            case SUBSCRIPTION_PUSH -> EnumSet.of(BundleType.VOLUME);
            case MARGIN_GUARD -> EnumSet.of(BundleType.FBT, BundleType.VOLUME);
        };
    }

    /** Whether these variants, as a bundle of this type, serve the objective. */
    public static boolean accepts(Objective objective, BundleType type, List<Long> variantIds, FlaggedShop shop) {
        if (!typesFor(objective).contains(type) || !sellable(type, variantIds, shop)) {
            return false;
        }
        return switch (objective) {
            case INCREASE_AOV -> type != BundleType.VOLUME || all(variantIds, shop, ProductFlag.REPLENISHABLE);
            case CLEAR_SLOW_MOVERS -> any(variantIds, shop, ProductFlag.SLOW_MOVER);
            case SEASONAL_PROMO -> any(variantIds, shop, ProductFlag.SEASONAL);
            case NEW_LAUNCH -> any(variantIds, shop, ProductFlag.NEW_LAUNCH);
            case CATEGORY_BUNDLE -> categories(variantIds, shop) == 1 && !category(variantIds.get(0), shop).isEmpty();
            case GIFT_BOX -> variantIds.size() >= 3 && categories(variantIds, shop) >= 2;
            case SUBSCRIPTION_PUSH -> all(variantIds, shop, ProductFlag.REPLENISHABLE);
            case MARGIN_GUARD -> variantIds.stream().allMatch(id -> shop.profile().variant(id).marginRate().isPresent())
                    && any(variantIds, shop, ProductFlag.HIGH_MARGIN);
        };
    }

    private static boolean sellable(BundleType type, List<Long> variantIds, FlaggedShop shop) {
        for (long id : variantIds) {
            if (!shop.profile().variants().containsKey(id) || !shop.profile().variant(id).entry().sellable()) {
                return false;
            }
        }
        if (variantIds.size() > 1) {
            return variantIds.stream().map(id -> shop.profile().variant(id).productId()).distinct().count() == variantIds.size();
        }
        int unitsNeeded = type == BundleType.VOLUME ? 3 : type == BundleType.BOGO ? 2 : 1;
        return canSupply(shop.profile().variant(variantIds.get(0)).entry(), unitsNeeded);
    }

    private static boolean canSupply(CatalogEntry entry, int units) {
        Stock stock = entry.stock();
        return !stock.tracked() || stock.sellsWhenOutOfStock() || stock.quantity() >= units;
    }

    private static boolean any(List<Long> variantIds, FlaggedShop shop, ProductFlag flag) {
        return variantIds.stream().anyMatch(id -> shop.has(id, flag));
    }

    private static boolean all(List<Long> variantIds, FlaggedShop shop, ProductFlag flag) {
        return variantIds.stream().allMatch(id -> shop.has(id, flag));
    }

    private static long categories(List<Long> variantIds, FlaggedShop shop) {
        return variantIds.stream().map(id -> category(id, shop)).distinct().count();
    }

    private static String category(long variantId, FlaggedShop shop) {
        VariantProfile profile = shop.profile().variant(variantId);
        return profile.category();
    }
}
