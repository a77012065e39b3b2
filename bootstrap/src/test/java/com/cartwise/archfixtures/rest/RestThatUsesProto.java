package com.cartwise.archfixtures.rest;

import com.cartwise.proto.v1.CartItem;

/** A REST adapter class that builds a generated gRPC message. */
public class RestThatUsesProto {
    public CartItem item(String sku) {
        return CartItem.newBuilder().setSku(sku).build();
    }
}
