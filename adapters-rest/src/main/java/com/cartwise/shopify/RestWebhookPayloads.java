package com.cartwise.shopify;

import com.cartwise.application.port.WebhookPayloads;
import com.cartwise.application.shopify.CustomerReference;
import com.cartwise.application.shopify.WebhookEvent;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.shopify.WebhookTopic;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link WebhookPayloads} for Shopify's webhook bodies, which keep the REST Admin API's shapes
 * (snake_case, numeric ids, tags as one comma-separated string), read into the same records as the
 * GraphQL sync and the exports make of the same objects.
 */
public final class RestWebhookPayloads implements WebhookPayloads {
    private final JsonMapper json;

    public RestWebhookPayloads(JsonMapper json) {
        this.json = json;
    }

    @Override
    public WebhookEvent read(WebhookTopic topic, byte[] payload, int file, long ordinal) {
        JsonNode body = parse(payload);
        SourceRow source = new SourceRow(file, ordinal);
        try {
            return switch (topic) {
                case ORDERS_CREATE, ORDERS_UPDATED, ORDERS_CANCELLED -> new WebhookEvent.OrderChanged(id(body, "id"), order(body, source));
                case PRODUCTS_CREATE, PRODUCTS_UPDATE -> new WebhookEvent.ProductChanged(id(body, "id"), variants(body, source));
                case PRODUCTS_DELETE -> new WebhookEvent.ProductDeleted(id(body, "id"));
                case INVENTORY_LEVELS_UPDATE -> new WebhookEvent.StockChanged(id(body, "inventory_item_id"), id(body, "location_id"),
                        Json.number(body, "available").map(Math::toIntExact).orElse(0));
                case APP_UNINSTALLED -> new WebhookEvent.AppUninstalled();
                case CUSTOMERS_DATA_REQUEST -> new WebhookEvent.CustomerDataRequested(customer(body), ids(body, "orders_requested"));
                case CUSTOMERS_REDACT -> new WebhookEvent.CustomerRedactRequested(customer(body), ids(body, "orders_to_redact"));
                case SHOP_REDACT -> new WebhookEvent.ShopRedactRequested();
            };
        } catch (Json.NotReadable e) {
            throw new InvalidInputException(e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }

    private JsonNode parse(byte[] payload) {
        try {
            JsonNode body = json.readValue(payload, JsonNode.class);
            if (body == null || !body.isObject()) {
                throw new InvalidInputException("payload", "is not a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw new InvalidInputException("payload", "is not JSON");
        }
    }

    private static OrderRecord order(JsonNode o, SourceRow source) {
        Map<Long, Long> refunded = refundedQuantities(o);
        List<LineRecord> lines = new ArrayList<>();
        for (JsonNode line : Json.list(o, "line_items")) {
            int quantity = Json.number(line, "quantity").map(Math::toIntExact).orElseThrow(() -> new Json.NotReadable("quantity", "is missing"));
            long gone = Json.number(line, "current_quantity").map(current -> quantity - current)
                    .orElse(refunded.getOrDefault(Json.number(line, "id").orElse(0L), 0L));
            lines.add(new LineRecord(source, Json.textOr(line, "", "name"), Json.textOr(line, "", "sku"),
                    Json.number(line, "variant_id").orElse(null), quantity, Json.decimal(line, "price").orElse(null), null,
                    Json.decimal(line, "total_discount").filter(d -> d.signum() > 0).orElse(null), Json.textOr(line, "", "vendor"),
                    quantity > 0 && gone >= quantity, false));
        }
        if (lines.isEmpty()) {
            throw new Json.NotReadable("line_items", "the order has no line items");
        }
        String customer = Json.text(o, "email").filter(e -> !e.isBlank())
                .or(() -> Json.number(o, "customer", "id").map(String::valueOf)).orElse("");
        OrderHeader header = new OrderHeader(OrderDate.exactly(Json.instant(o, "created_at")
                .orElseThrow(() -> new Json.NotReadable("created_at", "is missing"))),
                Json.text(o, "currency").map(OrderNodes::currency), Json.instant(o, "cancelled_at").map(OrderDate::exactly),
                Json.textOr(o, "", "financial_status").toLowerCase(Locale.ROOT), refundedAmount(o),
                Json.list(o, "discount_codes").stream().map(d -> Json.textOr(d, "", "code")).filter(c -> !c.isEmpty()).findFirst()
                        .orElse(""),
                Json.decimal(o, "total_discounts").filter(d -> d.signum() > 0), Json.textOr(o, "", "source_name"), customer,
                Optional.of(id(o, "id")));
        return new OrderRecord(source, Json.text(o, "name").orElseThrow(() -> new Json.NotReadable("name", "is missing")), header,
                lines);
    }

    /** Units refunded per line item, from the order's refunds. */
    private static Map<Long, Long> refundedQuantities(JsonNode o) {
        Map<Long, Long> refunded = new HashMap<>();
        for (JsonNode refund : Json.list(o, "refunds")) {
            for (JsonNode item : Json.list(refund, "refund_line_items")) {
                Json.number(item, "line_item_id").ifPresent(id -> refunded.merge(id, Json.number(item, "quantity").orElse(0L), Long::sum));
            }
        }
        return refunded;
    }

    /** The money given back: the refunds' successful refund transactions. */
    private static Optional<BigDecimal> refundedAmount(JsonNode o) {
        BigDecimal total = Json.list(o, "refunds").stream().flatMap(r -> Json.list(r, "transactions").stream())
                .filter(t -> "refund".equals(Json.textOr(t, "", "kind")) && "success".equals(Json.textOr(t, "success", "status")))
                .map(t -> Json.decimal(t, "amount").orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() > 0 ? Optional.of(total) : Optional.empty();
    }

    private static List<VariantRow> variants(JsonNode p, SourceRow source) {
        Product product = new Product(Json.text(p, "handle").orElseThrow(() -> new Json.NotReadable("handle", "is missing")),
                Json.text(p, "title").orElseThrow(() -> new Json.NotReadable("title", "is missing")), Json.textOr(p, "", "vendor"),
                Json.textOr(p, "", "product_type"),
                Arrays.stream(Json.textOr(p, "", "tags").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                Json.text(p, "status").map(ProductStatus::fromWireName).orElse(ProductStatus.ACTIVE), "", List.of(),
                Json.instant(p, "created_at"), Optional.of(id(p, "id")));
        List<VariantRow> rows = new ArrayList<>();
        for (JsonNode v : Json.list(p, "variants")) {
            List<String> options = Stream.of("option1", "option2", "option3").map(o -> Json.textOr(v, "", o))
                    .filter(o -> !o.isBlank()).toList();
            boolean tracked = "shopify".equals(Json.textOr(v, "", "inventory_management"));
            rows.add(new VariantRow(source, new VariantRecord(product, options.isEmpty() ? List.of("Default Title") : options,
                    Json.textOr(v, "", "sku"), Json.textOr(v, "", "barcode"), Json.number(v, "id").orElse(null),
                    Json.decimal(v, "price").orElseThrow(() -> new Json.NotReadable("price", "is missing")),
                    new Stock(tracked, Json.number(v, "inventory_quantity").map(Math::toIntExact).orElse(0),
                            "continue".equals(Json.textOr(v, "deny", "inventory_policy"))),
                    Json.decimal(v, "compare_at_price").orElse(null), null, Json.number(v, "inventory_item_id").orElse(null))));
        }
        if (rows.isEmpty()) {
            throw new Json.NotReadable("variants", "the product has no variants");
        }
        return rows;
    }

    private static CustomerReference customer(JsonNode body) {
        return new CustomerReference(Json.number(body, "customer", "id"), Json.text(body, "customer", "email"));
    }

    private static List<Long> ids(JsonNode body, String field) {
        return Json.list(body, field).stream().map(n -> Json.number(n).orElseThrow(() -> new Json.NotReadable(field, "holds a null")))
                .toList();
    }

    private static long id(JsonNode body, String field) {
        long id = Json.number(body, field).orElseThrow(() -> new Json.NotReadable(field, "is missing"));
        if (id <= 0) {
            throw new Json.NotReadable(field, "'" + id + "' is not a Shopify id");
        }
        return id;
    }
}
