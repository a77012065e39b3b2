package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return execute(query, Optional.empty());
    }

    /**
     * @param approvable only those an approval would accept (true) or refuse (false), as {@link ApprovalCheck} judges them
     *                   against the catalogue now: not a stored column, so the list is read on past those that do not match
     *                   until the page is full or the list ends
     */
    public Result execute(RecommendationQuery query, Optional<Boolean> approvable) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        if (approvable.isEmpty()) {
            List<BundleRecommendation> page = recommendations.list(query);
            return new Result.Listed(page, variants.of(query.shop(), page.stream().map(r -> r.candidate().variantIds()).toList()));
        }
        List<BundleRecommendation> kept = new ArrayList<>();
        Map<Long, Variant> keptVariants = new HashMap<>();
        RecommendationQuery read = query.withLimit(RecommendationQuery.MAX_LIMIT);
        while (kept.size() < query.limit()) {
            List<BundleRecommendation> page = recommendations.list(read);
            Map<Long, Variant> catalogue = variants.of(query.shop(), page.stream().map(r -> r.candidate().variantIds()).toList());
            for (BundleRecommendation r : page) {
                if (kept.size() < query.limit() && ApprovalCheck.of(r, catalogue).isEmpty() == approvable.get()) {
                    kept.add(r);
                    r.candidate().variantIds().stream().filter(catalogue::containsKey).forEach(id -> keptVariants.put(id, catalogue.get(id)));
                }
            }
            if (page.size() < read.limit()) {
                break;
            }
            read = read.withAfter(RecommendationQuery.After.of(page.getLast()));
        }
        return new Result.Listed(kept, keptVariants);
    }

    public sealed interface Result {
        /** @param variants the page's variants as the catalogue has them now, by id */
        record Listed(List<BundleRecommendation> recommendations, Map<Long, Variant> variants) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
