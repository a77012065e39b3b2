package com.cartwise.application.bundles.active;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.bundles.cart.ServingBundles;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merchant makes an approved bundle live: it is copied as it was approved into the shop's
 * active bundles, offered at the till and exported for the storefront from now on. Activating an
 * active bundle again changes nothing; an inactive one is activated anew from its recommendation.
 */
public final class ActivateBundle {
    private final Shops shops;
    private final BundleRecommendations recommendations;
    private final ActiveBundles activeBundles;
    private final ServingBundles serving;
    private final BundleVariants variants;
    private final Clock clock;

    public ActivateBundle(Shops shops, BundleRecommendations recommendations, ActiveBundles activeBundles, ServingBundles serving,
                          BundleVariants variants, Clock clock) {
        this.shops = shops;
        this.recommendations = recommendations;
        this.activeBundles = activeBundles;
        this.serving = serving;
        this.variants = variants;
        this.clock = clock;
    }

    public Result execute(ShopId shop, BundleKey key) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        Optional<BundleRecommendation> found = recommendations.find(shop, key);
        if (found.isEmpty()) {
            return new Result.NotFound(shop, key);
        }
        BundleRecommendation recommendation = found.get();
        if (recommendation.review().status() != ReviewStatus.APPROVED) {
            return new Result.NotApproved(recommendation);
        }
        Optional<ActiveBundle> current = activeBundles.find(shop, key).filter(ActiveBundle::active);
        if (current.isPresent()) {
            return activated(shop, current.get(), false);
        }
        ActiveBundle activated = activeBundles.activate(shop, ActiveBundle.activated(recommendation, clock.instant()));
        serving.evict(shop);
        return activated(shop, activated, true);
    }

    private Result activated(ShopId shop, ActiveBundle bundle, boolean created) {
        return new Result.Activated(bundle, created, variants.of(shop, List.of(bundle.candidate().variantIds())));
    }

    public sealed interface Result {
        /** @param created false when it was active already */
        record Activated(ActiveBundle bundle, boolean created, Map<Long, Variant> variants) implements Result {
        }

        /** Only an approved bundle goes live: review it first. */
        record NotApproved(BundleRecommendation recommendation) implements Result {
        }

        record NotFound(ShopId shop, BundleKey key) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
