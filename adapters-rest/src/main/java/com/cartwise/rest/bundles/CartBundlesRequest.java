package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.recommend.RecommendForCartRequest.CartItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST twin of the proto's ListBundlesForCartRequest (the shop comes from the path), its cart
 * items named as RecommendForCart names them: {"items": [{"sku": "..."}], "limit": 3}.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record CartBundlesRequest(@Nullable List<CartItem> items, @Nullable Integer limit) {

    /** @throws InvalidInputException naming the field to fix: items, items[2], items[2].sku, limit */
    FindBundlesForCart.Command toCommand(ShopId shop) {
        InvalidInputException.require(items != null && !items.isEmpty(), "items", "the cart must hold at least one item");
        List<VariantKey> keys = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String field = "items[" + i + "]";
            InvalidInputException.require(items.get(i) != null, field, "must be an object such as {\"sku\": \"ABC-1\"}");
            keys.add(items.get(i).toKey(field));
        }
        return new FindBundlesForCart.Command(shop, keys, limit == null ? FindBundlesForCart.DEFAULT_LIMIT : limit);
    }
}
