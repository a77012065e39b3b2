package com.cartwise.application.recommend;

import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/**
 * A product page asks what is frequently bought with this product (any of its variants) or with
 * one variant of it. Same rules as a cart: never the product's own variants, never an unsellable
 * variant, ties by title then id, evidence for each, best sellers when too little is known.
 */
public final class RecommendForProduct {
    private final Shops shops;
    private final ServingModels servingModels;

    public RecommendForProduct(Shops shops, ServingModels servingModels) {
        this.shops = shops;
        this.servingModels = servingModels;
    }

    /** @param limit 1 to {@value RecommendForCart#MAX_LIMIT} recommendations at most */
    public record Command(ShopId shop, ProductReference product, int limit) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            InvalidInputException.require(product != null, "product", "name a product by its handle or one of its variants");
            RecommendForCart.requireLimit(limit);
        }
    }

    public RecommendForCart.Result execute(Command command) {
        Optional<ServingModel> model = servingModels.current(command.shop());
        if (model.isEmpty()) {
            return shops.find(command.shop()).isPresent()
                    ? RecommendForCart.Result.Recommended.withoutModel()
                    : new RecommendForCart.Result.ShopNotFound(command.shop());
        }
        ServingModel serving = model.get();
        return RecommendForCart.Result.Recommended.of(serving, serving.recommendForProduct(command.product(), command.limit()));
    }
}
