package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The REST twin of the proto's RecommendForCartRequest (the shop comes from the path):
 * {"items": [{"sku": "..."} | {"shopify_variant_id": 123} | {"variant_id": 5}], "limit": 3, "session_id": "till-7:visit-42"}.
 * {@code session_id} (optional) keeps the visit in one arm of an A/B holdout.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RecommendForCartRequest(@Nullable List<CartItem> items, @Nullable Integer limit, @Nullable String sessionId) {

    /** One cart item, named by exactly one key of its variant; quantity is informational, as in the proto. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record CartItem(@Nullable String sku, @Nullable Long shopifyVariantId, @Nullable Long variantId,
                           @Nullable Integer quantity) {

        public VariantKey toKey(String field) {
            InvalidInputException.require(quantity == null || quantity >= 0, field + ".quantity",
                    "must not be negative, but was " + quantity);
            int keys = (sku != null ? 1 : 0) + (shopifyVariantId != null ? 1 : 0) + (variantId != null ? 1 : 0);
            InvalidInputException.require(keys == 1, field, keys == 0
                    ? "names no variant: give one of sku, shopify_variant_id or variant_id"
                    : "names its variant " + keys + " ways: give only one of sku, shopify_variant_id or variant_id");
            try {
                if (sku != null) {
                    return new VariantKey.BySku(sku);
                }
                return shopifyVariantId != null ? new VariantKey.ByShopifyVariantId(shopifyVariantId) : new VariantKey.ById(variantId);
            } catch (InvalidInputException e) {
                throw e.within(field);
            }
        }
    }

    /** @throws InvalidInputException naming the field to fix: items, items[2], items[2].sku, limit */
    RecommendForCart.Command toCommand(ShopId shop) {
        InvalidInputException.require(items != null && !items.isEmpty(), "items", "the cart must hold at least one item");
        List<VariantKey> keys = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String field = "items[" + i + "]";
            CartItem item = items.get(i);
            InvalidInputException.require(item != null, field, "must be an object such as {\"sku\": \"ABC-1\"}");
            keys.add(item.toKey(field));
        }
        return new RecommendForCart.Command(shop, keys, limit == null ? RecommendForCart.DEFAULT_LIMIT : limit,
                Optional.ofNullable(sessionId));
    }
}
