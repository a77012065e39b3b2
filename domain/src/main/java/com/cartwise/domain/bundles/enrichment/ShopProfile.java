package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * The output of enrichment: every variant and product profiled as of one instant, with the
 * discount history of each category and of the shop (the priors of pricing).
 *
 * @param orderCount  orders up to {@code asOf}
 * @param firstOrder  the first order's time, or null for a shop without orders
 */
public record ShopProfile(Currency currency, Instant asOf, int windowDays, int orderCount, Instant firstOrder,
                          Map<Long, VariantProfile> variants, Map<String, ProductProfile> products,
                          Map<String, DiscountHistory> categoryDiscounts, DiscountHistory shopDiscounts) {
    public ShopProfile {
        InvalidInputException.require(currency != null && asOf != null, "shop_profile", "needs a currency and an as-of time");
        variants = Map.copyOf(variants);
        products = Map.copyOf(products);
        categoryDiscounts = Map.copyOf(categoryDiscounts);
    }

    public VariantProfile variant(long variantId) {
        VariantProfile profile = variants.get(variantId);
        InvalidInputException.require(profile != null, "variant_id", "variant " + variantId + " is not in the catalogue");
        return profile;
    }

    public ProductProfile productOf(long variantId) {
        return products.get(variant(variantId).productId());
    }

    public DiscountHistory discountsOf(String category) {
        return categoryDiscounts.getOrDefault(category, DiscountHistory.NONE);
    }

    public Optional<Instant> firstOrderIfAny() {
        return Optional.ofNullable(firstOrder);
    }
}
