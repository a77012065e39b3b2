package com.cartwise.grpc.client;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One recommended variant as a running Cartwise answered it.
 *
 * @param sku empty when the variant has none
 * @param price the price the server sent; empty for an item no products export has priced (a basket or transaction file
 *              named it without one)
 * @param inventoryQuantity the stock, when {@code inventoryTracked}; 0 otherwise
 * @param score the summed score over the cart, by the model's metric
 * @param reason for staff to read: "Bought with Ski Wax in 37 of 120 orders (4.2× chance)"
 */
public record RemoteRecommendation(
        long variantId,
        String sku,
        String productTitle,
        String variantTitle,
        Optional<Price> price,
        int inventoryQuantity,
        boolean inventoryTracked,
        double score,
        String reason) {

    /**
     * @param amount never a float: the exact decimal the server sent
     * @param currency ISO 4217 code, e.g. "CAD"
     */
    public record Price(BigDecimal amount, String currency) {
    }
}
