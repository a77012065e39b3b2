package com.cartwise.domain.imports;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The order-level facts of an order as a file gives them (on its first line, in Shopify's
 * exports). Text fields are empty, not null, when the file leaves them blank.
 *
 * @param cancelledAt when the order was cancelled, if it was: it stays stored and flagged, and leaves the baskets
 * @param financialStatus Shopify's words (paid, refunded, partially_refunded ...); "refunded" flags every line
 * @param customer the customer's id or e-mail: personal data, stored for features, never logged
 * @param shopifyOrderId Shopify's id of the order where the source gives it (the Admin API, its
 *                       webhooks): privacy requests name orders by it
 */
public record OrderHeader(
        OrderDate createdAt,
        Optional<Currency> currency,
        Optional<OrderDate> cancelledAt,
        String financialStatus,
        Optional<BigDecimal> refundedAmount,
        String discountCode,
        Optional<BigDecimal> discountAmount,
        String salesChannel,
        String customer,
        Optional<Long> shopifyOrderId) {

    public OrderHeader {
        if (createdAt == null) {
            throw new IllegalArgumentException("an order has a creation date");
        }
        currency = currency == null ? Optional.empty() : currency;
        cancelledAt = cancelledAt == null ? Optional.empty() : cancelledAt;
        financialStatus = financialStatus == null ? "" : financialStatus.strip().toLowerCase(java.util.Locale.ROOT);
        refundedAmount = refundedAmount == null ? Optional.empty() : refundedAmount;
        discountCode = discountCode == null ? "" : discountCode.strip();
        discountAmount = discountAmount == null ? Optional.empty() : discountAmount;
        salesChannel = salesChannel == null ? "" : salesChannel.strip();
        customer = customer == null ? "" : customer.strip();
        shopifyOrderId = shopifyOrderId == null ? Optional.empty() : shopifyOrderId;
        if (shopifyOrderId.isPresent() && shopifyOrderId.get() <= 0) {
            throw new IllegalArgumentException("a Shopify order id is positive, not " + shopifyOrderId.get());
        }
    }

    /** The order-level facts of a source that does not know Shopify's order id (the exports). */
    public OrderHeader(OrderDate createdAt, Optional<Currency> currency, Optional<OrderDate> cancelledAt, String financialStatus,
                       Optional<BigDecimal> refundedAmount, String discountCode, Optional<BigDecimal> discountAmount,
                       String salesChannel, String customer) {
        this(createdAt, currency, cancelledAt, financialStatus, refundedAmount, discountCode, discountAmount, salesChannel,
                customer, Optional.empty());
    }

    /** Just a date: what basket files know of an order. */
    public static OrderHeader placedAt(OrderDate createdAt) {
        return new OrderHeader(createdAt, Optional.empty(), Optional.empty(), "", Optional.empty(), "", Optional.empty(), "", "");
    }

    /** Shopify's status of an order whose every line was refunded. */
    public boolean fullyRefunded() {
        return financialStatus.equals("refunded");
    }
}
