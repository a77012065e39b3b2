package com.cartwise.application.bundles.cart;

import com.cartwise.application.bundles.ActiveBundle;
import java.util.List;

/**
 * An active bundle offered for a cart: which of its variants the cart holds already and which the
 * shopper would add.
 */
public record CartBundle(ActiveBundle bundle, List<Long> inCart, List<Long> toAdd) {
    public CartBundle {
        if (bundle == null || inCart == null || inCart.isEmpty() || toAdd == null) {
            throw new IllegalArgumentException("a bundle for a cart holds at least one of the cart's variants");
        }
        inCart = List.copyOf(inCart);
        toAdd = List.copyOf(toAdd);
    }
}
