package com.cartwise.grpc.wire;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.proto.v1.VariantKeys;

/** A variant's keys as the API's VariantKeys message: the one place recommendations and bundles name a variant. */
public final class VariantKeysMessages {
    private VariantKeysMessages() {
    }

    public static VariantKeys of(Variant variant) {
        VariantKeys.Builder keys = VariantKeys.newBuilder()
                .setVariantId(variant.id())
                .setSku(variant.sku())
                .setHandle(variant.handle())
                .addAllOptionValues(variant.optionValues());
        variant.shopifyId().ifPresent(keys::setShopifyVariantId);
        return keys.build();
    }
}
