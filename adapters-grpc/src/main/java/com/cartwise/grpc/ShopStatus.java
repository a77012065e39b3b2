package com.cartwise.grpc;

import com.cartwise.domain.shop.ShopId;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** The one NOT_FOUND every RPC answers for a shop that does not exist, or that the caller's key may not use. */
public final class ShopStatus {
    private ShopStatus() {
    }

    public static StatusRuntimeException notFound(ShopId shop) {
        return notFound(shop.value());
    }

    public static StatusRuntimeException notFound(String shop) {
        return Status.NOT_FOUND.withDescription("no shop with shop_id '" + shop + "' exists").asRuntimeException();
    }
}
