package com.cartwise.persistence.shopify;

import com.cartwise.application.port.PersonalData;
import com.cartwise.application.shopify.CustomerReference;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * {@link PersonalData} in {@code customers}, {@code orders.customer} and {@code shopify_webhooks.payload}.
 * A customer is found by Shopify id (customers.shopify_customer_id, or an order's customer written
 * as that id) and by e-mail (customers.email, or an order's customer written as it), and their
 * orders also by the Shopify order ids the request lists.
 */
@Singleton
public final class JdbcPersonalData implements PersonalData {
    private final TransactionalJdbc jdbc;

    JdbcPersonalData(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's orders, aliased {@code o}; parameters: shop, id text, e-mail, order ids. */
    private static final String CUSTOMERS_ORDERS = """
            o.shop_id = ? AND (o.customer <> '' AND (o.customer = ? OR lower(o.customer) = lower(?))
                               OR o.shopify_order_id = ANY (?))""";
    private static final String CUSTOMER_RECORD = """
            c.shop_id = ? AND (c.shopify_customer_id = ? OR c.customer_key = ? OR c.email <> '' AND lower(c.email) = lower(?))""";

    @Override
    public Held held(ShopId shop, CustomerReference customer, Collection<Long> shopifyOrderIds) {
        return jdbc.read(c -> new Held(
                Bound.one(c, "SELECT EXISTS (SELECT 1 FROM customers c WHERE " + CUSTOMER_RECORD + ")", row -> row.getBoolean(1),
                        recordParameters(shop, customer)).orElseThrow(),
                Bound.list(c, "SELECT o.name FROM orders o WHERE " + CUSTOMERS_ORDERS + " ORDER BY o.created_at, o.name",
                        row -> row.getString(1), orderParameters(shop, customer, shopifyOrderIds))));
    }

    @Override
    public Erased eraseCustomer(ShopId shop, CustomerReference customer, Collection<Long> shopifyOrderIds) {
        return jdbc.write(c -> {
            long customers = Bound.update(c, "DELETE FROM customers c WHERE " + CUSTOMER_RECORD, recordParameters(shop, customer));
            long orders = Bound.update(c, "UPDATE orders o SET customer = '' WHERE " + CUSTOMERS_ORDERS,
                    orderParameters(shop, customer, shopifyOrderIds));
            return new Erased(customers, orders, 0);
        });
    }

    @Override
    public Erased eraseShop(ShopId shop) {
        return jdbc.write(c -> new Erased(
                Bound.update(c, "DELETE FROM customers WHERE shop_id = ?", shop.value()),
                Bound.update(c, "UPDATE orders SET customer = '' WHERE shop_id = ? AND customer <> ''", shop.value()),
                erasePayloads(c, shop)));
    }

    private static long erasePayloads(Connection c, ShopId shop) throws SQLException {
        return Bound.update(c, "UPDATE shopify_webhooks SET payload = NULL, processed_at = coalesce(processed_at, now())"
                + " WHERE shop_id = ? AND payload IS NOT NULL", shop.value());
    }

    /** An absent key must match nothing: it is bound as -1 or "", which no customer key and no non-empty customer is. */
    private static Object[] recordParameters(ShopId shop, CustomerReference customer) {
        return new Object[] {shop.value(), customer.shopifyCustomerId().orElse(-1L),
                customer.shopifyCustomerId().map(String::valueOf).or(customer::email).orElse(""),
                customer.email().orElse("")};
    }

    private static Object[] orderParameters(ShopId shop, CustomerReference customer, Collection<Long> shopifyOrderIds) {
        return new Object[] {shop.value(), customer.shopifyCustomerId().map(String::valueOf).orElse(""),
                customer.email().orElse(""), shopifyOrderIds.toArray(Long[]::new)};
    }
}
