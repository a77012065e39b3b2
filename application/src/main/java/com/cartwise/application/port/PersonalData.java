package com.cartwise.application.port;

import com.cartwise.application.shopify.CustomerReference;
import com.cartwise.domain.shop.ShopId;
import java.util.Collection;
import java.util.List;

/**
 * The personal data a shop's tables hold (customer records, the customer on each order, webhook
 * payloads not yet processed), as Shopify's privacy webhooks ask about and erase it. Orders stay,
 * without their personal fields: what was bought together is not personal.
 */
public interface PersonalData {

    /** What Cartwise holds about the customer, for the merchant to answer a data request. */
    Held held(ShopId shop, CustomerReference customer, Collection<Long> shopifyOrderIds);

    /** Erases everything about one customer: their record, and the customer on their orders. */
    Erased eraseCustomer(ShopId shop, CustomerReference customer, Collection<Long> shopifyOrderIds);

    /** Erases every customer record and every order's customer of the shop, and every stored webhook payload. */
    Erased eraseShop(ShopId shop);

    /** @param orderNames the customer's orders by name ("#1001"), which is not personal */
    record Held(boolean customerRecord, List<String> orderNames) {
        public Held {
            orderNames = List.copyOf(orderNames);
        }
    }

    record Erased(long customers, long orders, long payloads) {
    }
}
