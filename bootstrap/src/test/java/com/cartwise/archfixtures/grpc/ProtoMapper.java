package com.cartwise.archfixtures.grpc;

import com.cartwise.archfixtures.domain.CleanValue;
import com.cartwise.proto.v1.CartItem;
import java.util.List;

/** The gRPC adapter is where proto messages belong. */
public class ProtoMapper {
    public CleanValue toDomain(CartItem item) {
        return new CleanValue(item.getSku(), List.of(item.getQuantity()));
    }
}
