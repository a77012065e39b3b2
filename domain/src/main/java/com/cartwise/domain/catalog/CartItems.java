package com.cartwise.domain.catalog;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/** What every request about a cart (recommendations, bundles for the cart) asks of its items. */
public final class CartItems {
    /** Far above any till's cart; bounds the work one request can ask for. */
    public static final int MAX_ITEMS = 100;

    private CartItems() {
    }

    /** @throws InvalidInputException naming {@code items} or {@code items[i]} for an empty, overfull or holed cart */
    public static void require(List<VariantKey> items) {
        InvalidInputException.require(items != null && !items.isEmpty(), "items", "the cart must hold at least one item");
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "a cart holds at most " + MAX_ITEMS + " items, but had " + items.size());
        }
        // Every till request passes here: the field's name is made only for a hole.
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidInputException("items[" + i + "]", "is required");
            }
        }
    }
}
