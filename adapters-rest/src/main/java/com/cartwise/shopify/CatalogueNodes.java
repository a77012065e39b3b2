package com.cartwise.shopify;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Products and variants as the GraphQL Admin API gives them, in the words of a products export: a
 * variant's option values are its selected options' values (Shopify writes "Default Title" for a
 * product without options, as the export does), so one variant read both ways is the same.
 */
final class CatalogueNodes {
    private CatalogueNodes() {
    }

    static Product product(JsonNode node) {
        return new Product(Json.text(node, "handle").orElseThrow(() -> new Json.NotReadable("handle", "is missing")),
                Json.text(node, "title").orElseThrow(() -> new Json.NotReadable("title", "is missing")),
                Json.textOr(node, "", "vendor"), Json.textOr(node, "", "productType"),
                Json.list(node, "tags").stream().map(JsonNode::coerceStringValue).toList(),
                Json.text(node, "status").map(s -> ProductStatus.fromWireName(s.toLowerCase(Locale.ROOT))).orElse(ProductStatus.ACTIVE),
                "", List.of(), Json.instant(node, "createdAt"),
                Json.text(node, "id").map(ShopifyIds::number));
    }

    static VariantRecord variant(Product product, JsonNode node) {
        List<String> options = Json.list(node, "selectedOptions").stream()
                .map(o -> Json.textOr(o, "", "value")).filter(v -> !v.isBlank()).toList();
        BigDecimal price = Json.decimal(node, "price").orElseThrow(() -> new Json.NotReadable("price", "is missing"));
        boolean tracked = Json.bool(node, "inventoryItem", "tracked").orElse(false);
        int quantity = Json.number(node, "inventoryQuantity").map(Math::toIntExact).orElse(0);
        boolean continues = "CONTINUE".equalsIgnoreCase(Json.textOr(node, "DENY", "inventoryPolicy"));
        return new VariantRecord(product, options.isEmpty() ? List.of("Default Title") : options, Json.textOr(node, "", "sku"),
                Json.textOr(node, "", "barcode"), Json.text(node, "id").map(ShopifyIds::number).orElse(null), price,
                new Stock(tracked, quantity, continues), Json.decimal(node, "compareAtPrice").orElse(null),
                Json.decimal(node, "inventoryItem", "unitCost", "amount").orElse(null),
                Json.text(node, "inventoryItem", "id").map(ShopifyIds::number).orElse(null));
    }

    /** A product's Shopify id, for the follow-up pages of its variants. */
    static Optional<String> id(JsonNode node) {
        return Json.text(node, "id");
    }
}
