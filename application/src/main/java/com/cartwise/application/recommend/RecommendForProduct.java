package com.cartwise.application.recommend;

import com.cartwise.application.port.Catalog;
import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.holdout.Holdout;
import com.cartwise.application.recommend.holdout.Holdouts;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/**
 * A product page asks what is frequently bought with this product (any of its variants) or with
 * one variant of it. Same rules as a cart: never the product's own variants, never an unsellable
 * variant, ties by title then id, evidence for each, best sellers when too little is known. Unlike
 * a cart's item, which a till may scan before any import knows it, a product page names what the
 * shop sells: one the shop does not have is not found.
 */
public final class RecommendForProduct {
    private final Shops shops;
    private final Catalog catalog;
    private final ServingModels servingModels;
    private final FlagValues flags;
    private final Holdouts holdouts;

    public RecommendForProduct(Shops shops, Catalog catalog, ServingModels servingModels, FlagValues flags) {
        this.shops = shops;
        this.catalog = catalog;
        this.servingModels = servingModels;
        this.flags = flags;
        this.holdouts = new Holdouts(flags);
    }

    /**
     * @param limit 1 to {@value RecommendForCart#MAX_LIMIT} recommendations at most
     * @param sessionId the visit's id, when the page sends one: a holdout keeps a session in one arm
     *                  (without it, the product decides)
     */
    public record Command(ShopId shop, ProductReference product, int limit, Optional<String> sessionId) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            InvalidInputException.require(product != null, "product", "name a product by its handle or one of its variants");
            RecommendForCart.requireLimit(limit);
            RecommendForCart.requireSessionId(sessionId);
        }

        public Command(ShopId shop, ProductReference product, int limit) {
            this(shop, product, limit, Optional.empty());
        }
    }

    /**
     * A product page's answer is a cart's ({@link RecommendForCart.Result.Recommended},
     * {@link RecommendForCart.Result.ShopNotFound}), or the product is not the shop's.
     */
    public sealed interface Result permits RecommendForCart.Result.Recommended, RecommendForCart.Result.ShopNotFound,
            ProductNotFound {
    }

    public record ProductNotFound(ShopId shop, ProductReference product) implements Result {
        /** "Shop 'ski-shop' has no product with handle 'snowboard'" */
        public String describe() {
            String shared = product instanceof ProductReference.OfVariant v && v.variant() instanceof VariantKey.BySku
                    ? " (a SKU that several variants share names none of them, unless they are one product the shop's orders know)" : "";
            return "Shop '" + shop + "' has no " + product.describe() + shared;
        }
    }

    public Result execute(Command command) {
        Optional<ServingModel> model = servingModels.current(command.shop());
        if (model.isPresent() && model.get().knows(command.product())) {
            return recommend(model.get(), command);
        }
        // Only a product the model does not know costs these look-ups: a page whose product never sold, or a mistake.
        if (shops.find(command.shop()).isEmpty()) {
            return new RecommendForCart.Result.ShopNotFound(command.shop());
        }
        if (!catalog.has(command.shop(), command.product())) {
            return new ProductNotFound(command.shop(), command.product());
        }
        return model.<Result>map(serving -> recommend(serving, command))
                .orElseGet(RecommendForCart.Result.Recommended::withoutModel);
    }

    /**
     * The same answer as {@link #execute} when the shop's model is in memory and knows the
     * product, so it never waits for the database; empty when the database must be asked, which
     * the server then does with {@link #execute} on a thread that may block.
     */
    public Optional<Result> executeIfServed(Command command) {
        return servingModels.loaded(command.shop())
                .filter(model -> model.knows(command.product()))
                .map(model -> recommend(model, command));
    }

    private Result recommend(ServingModel serving, Command command) {
        if (flags.on(FlagCatalogue.KILL_SWITCH, command.shop())) {
            return RecommendForCart.Result.Recommended.of(serving, serving.bestSellersForProduct(command.product(), command.limit(),
                    RecommendForCart.SWITCHED_OFF), Arm.NONE);
        }
        Holdout holdout = holdouts.of(command.shop());
        Arm arm = holdout.armOfProduct(command.shop(), command.sessionId(), command.product());
        if (arm == Arm.CONTROL) {
            return RecommendForCart.Result.Recommended.of(serving, switch (holdout.control()) {
                case POPULARITY -> serving.bestSellersForProduct(command.product(), command.limit(), RecommendForCart.CONTROL_POPULARITY);
                case NONE -> RecommendForCart.nothing();
            }, arm);
        }
        return RecommendForCart.Result.Recommended.of(serving, serving.recommendForProduct(command.product(), command.limit()), arm);
    }
}
