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
        String customer) {

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
