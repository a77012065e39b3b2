package com.cartwise.persistence.orders;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;

/**
 * {@link OrderHistory} in {@code orders} and {@code order_lines}, whose lines the import resolved
 * to variants when it merged them, so reading baskets joins nothing but an order to its lines.
 */
@Singleton
public final class JdbcOrderHistory implements OrderHistory {
    private final TransactionalJdbc jdbc;

    public JdbcOrderHistory(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BasketHistory baskets(ShopId shop) {
        return jdbc.read(connection -> BasketReads.all(connection, shop.value()));
    }

    @Override
    public BasketHistory baskets(ShopId shop, long afterOrderId) {
        return jdbc.read(connection -> BasketReads.after(connection, shop.value(), afterOrderId));
    }
}
