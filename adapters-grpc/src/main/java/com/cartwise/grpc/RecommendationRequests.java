package com.cartwise.grpc;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.proto.v1.CartItem;
import com.cartwise.proto.v1.RecommendForCartRequest;
import com.cartwise.proto.v1.RecommendForProductRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a {@link RecommendForCartRequest} or {@link RecommendForProductRequest} into its use case's command. Every rule breach surfaces
 * as an {@link InvalidInputException} naming the field as the request spells it, so that
 * {@link ErrorStatusInterceptor} can answer INVALID_ARGUMENT in one place.
 */
final class RecommendationRequests {

    private RecommendationRequests() {
    }

    static RecommendForCart.Command toCommand(RecommendForCartRequest request) {
        ShopId shop = ShopId.of(request.getShopId());
        List<VariantKey> items = new ArrayList<>(request.getItemsCount());
        for (int i = 0; i < request.getItemsCount(); i++) {
            items.add(keyOf(request.getItems(i), i));
        }
        // proto3 `optional` tells an absent limit from an explicit 0: only the former means "default".
        int limit = request.hasLimit() ? request.getLimit() : RecommendForCart.DEFAULT_LIMIT;
        return new RecommendForCart.Command(shop, items, limit, sessionId(request.getSessionId()));
    }

    static RecommendForProduct.Command toCommand(RecommendForProductRequest request) {
        ShopId shop = ShopId.of(request.getShopId());
        ProductReference product = switch (request.getProductCase()) {
            case HANDLE -> new ProductReference.OfProduct(request.getHandle());
            case SHOPIFY_VARIANT_ID -> new ProductReference.OfVariant(new VariantKey.ByShopifyVariantId(request.getShopifyVariantId()));
            case SKU -> new ProductReference.OfVariant(new VariantKey.BySku(request.getSku()));
            case VARIANT_ID -> new ProductReference.OfVariant(new VariantKey.ById(request.getVariantId()));
            case PRODUCT_NOT_SET -> throw new InvalidInputException("product",
                    "names nothing: set handle for a product, or one of shopify_variant_id, sku or variant_id for a variant");
        };
        int limit = request.hasLimit() ? request.getLimit() : RecommendForCart.DEFAULT_LIMIT;
        return new RecommendForProduct.Command(shop, product, limit, sessionId(request.getSessionId()));
    }

    /** proto3 strings have no absence: an empty session id is none. */
    private static Optional<String> sessionId(String sessionId) {
        return sessionId.isEmpty() ? Optional.empty() : Optional.of(sessionId);
    }

    /** The item's key; a field name ("items[2].sku") is spelled out only for an item that is refused. */
    static VariantKey keyOf(CartItem item, int index) {
        if (item.getQuantity() < 0) {
            throw new InvalidInputException(field(index) + ".quantity", "must not be negative, but was " + item.getQuantity());
        }
        return switch (item.getKeyCase()) {
            case SHOPIFY_VARIANT_ID -> inItem(index, () -> new VariantKey.ByShopifyVariantId(item.getShopifyVariantId()));
            case SKU -> inItem(index, () -> new VariantKey.BySku(item.getSku()));
            case VARIANT_ID -> inItem(index, () -> new VariantKey.ById(item.getVariantId()));
            case KEY_NOT_SET -> throw new InvalidInputException(field(index),
                    "names no variant: set one of shopify_variant_id, sku or variant_id");
        };
    }

    private static String field(int index) {
        return "items[" + index + "]";
    }

    /** The domain names the key ("sku"); the caller needs to know which item held it ("items[2].sku"). */
    private static VariantKey inItem(int index, Supplier<VariantKey> key) {
        try {
            return key.get();
        } catch (InvalidInputException e) {
            throw e.within(field(index));
        }
    }
}
