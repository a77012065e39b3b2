package com.cartwise.shopify;

import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders as the GraphQL Admin API gives them, in the words of an orders export: the name ("#1001"),
 * by which an order from the API and the same order from an export are one; the customer by
 * e-mail as the export writes it (else by Shopify id); a line whose every unit was refunded or
 * removed is flagged refunded, and a fully refunded order's financial status flags them all.
 */
final class OrderNodes {
    private OrderNodes() {
    }

    /** @param lines the order's line nodes, each with the line of the source it came from */
    static OrderRecord order(JsonNode node, SourceRow source, List<Placed> lines) {
        if (lines.isEmpty()) {
            throw new Json.NotReadable("lineItems", "the order has no line items");
        }
        List<LineRecord> records = new ArrayList<>(lines.size());
        for (Placed line : lines) {
            records.add(line(line.node(), line.source()));
        }
        return new OrderRecord(source, Json.text(node, "name").orElseThrow(() -> new Json.NotReadable("name", "is missing")),
                header(node), records);
    }

    static OrderHeader header(JsonNode node) {
        OrderDate created = OrderDate.exactly(Json.instant(node, "createdAt")
                .orElseThrow(() -> new Json.NotReadable("createdAt", "is missing")));
        String customer = Json.text(node, "email").filter(e -> !e.isBlank())
                .or(() -> Json.text(node, "customer", "id").map(id -> String.valueOf(ShopifyIds.number(id)))).orElse("");
        return new OrderHeader(created, Json.text(node, "currencyCode").map(OrderNodes::currency),
                Json.instant(node, "cancelledAt").map(OrderDate::exactly),
                Json.textOr(node, "", "displayFinancialStatus").toLowerCase(Locale.ROOT),
                Json.decimal(node, "totalRefundedSet", "shopMoney", "amount").filter(a -> a.signum() > 0),
                Json.textOr(node, "", "discountCode"),
                Json.decimal(node, "totalDiscountsSet", "shopMoney", "amount").filter(a -> a.signum() > 0),
                Json.textOr(node, "", "sourceName"), customer, Json.text(node, "id").map(ShopifyIds::number));
    }

    static LineRecord line(JsonNode node, SourceRow source) {
        int quantity = Json.number(node, "quantity").map(Math::toIntExact).orElseThrow(() -> new Json.NotReadable("quantity", "is missing"));
        Optional<Long> current = Json.number(node, "currentQuantity");
        BigDecimal discount = Json.decimal(node, "totalDiscountSet", "shopMoney", "amount").filter(a -> a.signum() > 0).orElse(null);
        return new LineRecord(source, Json.textOr(node, "", "name"), Json.textOr(node, "", "sku"),
                Json.text(node, "variant", "id").map(ShopifyIds::number).orElse(null), quantity,
                Json.decimal(node, "originalUnitPriceSet", "shopMoney", "amount").orElse(null), null, discount,
                Json.textOr(node, "", "vendor"), quantity > 0 && current.isPresent() && current.get() == 0, false);
    }

    static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new Json.NotReadable("currencyCode", "'" + code + "' is not an ISO 4217 currency code");
        }
    }
}
