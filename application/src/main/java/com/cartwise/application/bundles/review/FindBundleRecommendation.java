package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;

/** The merchant opens one proposed bundle: its products, evidence, price, explanation and copy. */
public final class FindBundleRecommendation {
    private final Shops shops;
    private final BundleRecommendations recommendations;
    private final BundleVariants variants;

    public FindBundleRecommendation(Shops shops, BundleRecommendations recommendations, BundleVariants variants) {
        this.shops = shops;
        this.recommendations = recommendations;
        this.variants = variants;
    }

    public Result execute(ShopId shop, BundleKey key) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return recommendations.find(shop, key)
                .<Result>map(r -> new Result.Found(r, variants.of(shop, List.of(r.candidate().variantIds()))))
                .orElseGet(() -> new Result.NotFound(shop, key));
    }

    public sealed interface Result {
        record Found(BundleRecommendation recommendation, Map<Long, Variant> variants) implements Result {
        }

        record NotFound(ShopId shop, BundleKey key) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
