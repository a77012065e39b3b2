package com.cartwise.rest.recommend;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Optional;

/**
 * The REST twin of the proto's RecommendForProductRequest (the shop comes from the path): a whole
 * product by its handle, or one variant by one of its keys, and a limit:
 * {"handle": "ski-poles"} | {"sku": "..."} | {"shopify_variant_id": 123} | {"variant_id": 5}, "limit": 3,
 * and optionally "session_id", as for a cart.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record RecommendForProductRequest(@Nullable String handle, @Nullable String sku, @Nullable Long shopifyVariantId,
                                         @Nullable Long variantId, @Nullable Integer limit, @Nullable String sessionId) {

    /** @throws InvalidInputException naming the field to fix: product, handle, sku, shopify_variant_id, variant_id, limit */
    RecommendForProduct.Command toCommand(ShopId shop) {
        int named = (handle != null ? 1 : 0) + (sku != null ? 1 : 0) + (shopifyVariantId != null ? 1 : 0) + (variantId != null ? 1 : 0);
        InvalidInputException.require(named == 1, "product", named == 0
                ? "names nothing: give handle for a product, or one of sku, shopify_variant_id or variant_id for a variant"
                : "is named " + named + " ways: give only one of handle, sku, shopify_variant_id or variant_id");
        return new RecommendForProduct.Command(shop, product(), limit == null ? RecommendForCart.DEFAULT_LIMIT : limit,
                Optional.ofNullable(sessionId));
    }

    private ProductReference product() {
        if (handle != null) {
            return new ProductReference.OfProduct(handle);
        }
        if (sku != null) {
            return new ProductReference.OfVariant(new VariantKey.BySku(sku));
        }
        return new ProductReference.OfVariant(shopifyVariantId != null ? new VariantKey.ByShopifyVariantId(shopifyVariantId)
                : new VariantKey.ById(variantId));
    }
}
