package com.cartwise.persistence.orders;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.util.Iterator;

/**
 * {@link OrderHistory} in {@code orders} and {@code order_lines}. Lines are stored as the export
 * named them and resolved to variants only when baskets are read, so a catalogue imported after
 * the orders still resolves them.
 */
@Singleton
public final class JdbcOrderHistory implements OrderHistory {
    private final TransactionalJdbc jdbc;

    public JdbcOrderHistory(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OrdersImportSummary record(ShopId shop, Iterator<Order> orders) {
        return jdbc.write(connection -> {
            try (OrderStatements statements = new OrderStatements(connection, shop.value())) {
                OrderImport orderImport = new OrderImport(statements);
                while (orders.hasNext()) {
                    orderImport.add(orders.next());
                }
                return orderImport.finish();
            }
        });
    }

    @Override
    public BasketHistory baskets(ShopId shop) {
        return jdbc.read(connection -> BasketReads.all(connection, shop.value()));
    }
}
