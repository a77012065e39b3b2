package com.cartwise.application.bundles.cart;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.CartItems;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The till asks which active bundles hold something of this cart, to offer the shopper the rest at the bundle's price. */
public final class FindBundlesForCart {
    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 20;
    public static final int MAX_ITEMS = CartItems.MAX_ITEMS;

    private final Shops shops;
    private final ServingBundles serving;

    public FindBundlesForCart(Shops shops, ServingBundles serving) {
        this.shops = shops;
        this.serving = serving;
    }

    /**
     * @param items the cart, 1 to {@value #MAX_ITEMS} items, each named by any key of its variant
     * @param limit 1 to {@value #MAX_LIMIT} bundles at most
     */
    public record Command(ShopId shop, List<VariantKey> items, int limit) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            CartItems.require(items);
            InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit",
                    "must be between 1 and " + MAX_LIMIT + ", but was " + limit);
            items = List.copyOf(items);
        }
    }

    public Result execute(Command command) {
        ShopBundles bundles = serving.current(command.shop());
        // An unknown shop has no bundles; looked up only then, so that a served shop costs no extra round trip.
        if (bundles.isEmpty() && shops.find(command.shop()).isEmpty()) {
            // Made-up shop ids must not fill memory.
            serving.evict(command.shop());
            return new Result.ShopNotFound(command.shop());
        }
        return found(bundles, command);
    }

    /**
     * The same answer as {@link #execute} when the shop's bundles are in memory (only a known shop's
     * are kept), so an I/O thread may call it; else empty.
     */
    public Optional<Result> executeIfServed(Command command) {
        return serving.loaded(command.shop()).map(b -> found(b, command));
    }

    private static Result found(ShopBundles bundles, Command command) {
        return new Result.Found(RecommendationId.random(), bundles.match(command.items(), command.limit()), bundles.variants());
    }

    public sealed interface Result {
        /**
         * @param recommendationId names this answer, for the bundle views and purchases that follow it
         * @param variants the variants of the shop's bundles on offer, by id, for naming the items
         */
        record Found(RecommendationId recommendationId, List<CartBundle> bundles, Map<Long, Variant> variants) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
