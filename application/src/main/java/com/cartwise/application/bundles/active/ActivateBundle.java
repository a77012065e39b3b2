package com.cartwise.application.bundles.active;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.bundles.cart.ServingBundles;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.bundles.review.ApprovalCheck;
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
 * active bundle again changes nothing unless the merchant has approved it since at a new price (a
 * generation proposed it anew after its items' prices changed): the new approval replaces the live
 * one. An inactive one is activated anew from its recommendation. A bundle approved on item prices
 * the catalogue no longer has does not go live.
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
        Map<Long, Variant> items = variants.of(shop, List.of(recommendation.candidate().variantIds()));
        Optional<ActiveBundle> current = activeBundles.find(shop, key).filter(ActiveBundle::active);
        Optional<ApprovalCheck.Refusal.PricesChanged> changed =
                ApprovalCheck.pricesChanged(recommendation.candidate(), recommendation.price(), items);
        if (changed.isPresent()) {
            return new Result.PricesChanged(recommendation, changed.get(), current.isPresent());
        }
        if (current.isPresent() && current.get().proposal().equals(recommendation.proposal())) {
            return new Result.Activated(current.get(), false, items);
        }
        // not live, or live as an earlier approval priced it: the bundle as approved now replaces it
        ActiveBundle activated = activeBundles.activate(shop, ActiveBundle.activated(recommendation, clock.instant()));
        serving.evict(shop);
        return new Result.Activated(activated, true, items);
    }

    public sealed interface Result {
        /** @param created false when it was active already */
        record Activated(ActiveBundle bundle, boolean created, Map<Long, Variant> variants) implements Result {
        }

        /**
         * Approved on item prices the catalogue no longer has: it would go live giving more off, or
         * costing more, than it was priced to. A generation proposes it anew at its new price.
         *
         * @param live whether it is live already, as approved then (the till does not offer it, the export marks it)
         */
        record PricesChanged(BundleRecommendation recommendation, ApprovalCheck.Refusal.PricesChanged prices, boolean live)
                implements Result {
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
