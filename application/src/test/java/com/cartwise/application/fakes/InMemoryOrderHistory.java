package com.cartwise.application.fakes;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.LineResolution;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@link OrderHistory} in memory. Lines are resolved to variants when baskets are read, by the
 * domain's {@link LineResolution}: the same answers PostgreSQL stores when it merges an import and
 * re-resolves after a catalogue change.
 */
public final class InMemoryOrderHistory implements OrderHistory {
    private final InMemoryStore store;

    public InMemoryOrderHistory(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public BasketHistory baskets(ShopId shop) {
        return baskets(shop, 0);
    }

    @Override
    public BasketHistory baskets(ShopId shop, long afterOrderId) {
        LineResolution resolution = new LineResolution(store.variants(shop));
        List<InMemoryStore.StoredOrder> sorted = store.placedOrders(shop);
        sorted.removeIf(order -> order.id() <= afterOrderId);
        List<Basket> baskets = new ArrayList<>();
        long orders = 0;
        long lines = 0;
        long unresolved = 0;
        for (InMemoryStore.StoredOrder order : sorted) {
            List<InMemoryStore.StoredLine> sold = order.lines().stream().filter(l -> l.quantity() > 0 && !l.refunded()).toList();
            if (sold.isEmpty()) {
                continue;
            }
            orders++;
            List<Long> ids = new ArrayList<>();
            for (InMemoryStore.StoredLine line : sold) {
                lines++;
                OptionalLong variant = resolution.variantOf(line.shopifyVariantId(), line.sku(), line.name());
                if (variant.isPresent()) {
                    ids.add(variant.getAsLong());
                } else {
                    unresolved++;
                }
            }
            if (!ids.isEmpty()) {
                baskets.add(new Basket(order.createdAt(), ids.stream().mapToLong(Long::longValue).toArray()));
            }
        }
        return new BasketHistory(baskets, orders, lines, unresolved);
    }
}
