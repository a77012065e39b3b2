package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;

/** The merchant's list of proposed bundles, best first, filtered and a page at a time; a running generation's partial results among them. */
public final class ListBundleRecommendations {
    private final Shops shops;
    private final BundleRecommendations recommendations;
    private final BundleVariants variants;

    public ListBundleRecommendations(Shops shops, BundleRecommendations recommendations, BundleVariants variants) {
        this.shops = shops;
        this.recommendations = recommendations;
        this.variants = variants;
    }

    public Result execute(RecommendationQuery query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        List<BundleRecommendation> page = recommendations.list(query);
        return new Result.Listed(page, variants.of(query.shop(), page.stream().map(r -> r.candidate().variantIds()).toList()));
    }

    public sealed interface Result {
        /** @param variants the page's variants as the catalogue has them now, by id */
        record Listed(List<BundleRecommendation> recommendations, Map<Long, Variant> variants) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
