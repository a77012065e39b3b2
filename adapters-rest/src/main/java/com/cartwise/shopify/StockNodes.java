package com.cartwise.shopify;

import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.VariantReference;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.OptionalInt;

/**
 * Stock by location as the GraphQL Admin API gives it, in the words of an inventory export: the
 * variant by its product's handle and option values, the location by name, what is available and
 * on hand.
 */
final class StockNodes {
    private StockNodes() {
    }

    static InventoryLevelRow level(JsonNode item, JsonNode level, SourceRow source) {
        JsonNode variant = Json.at(item, "variant").orElseThrow(() -> new Json.NotReadable("variant", "the inventory item has no variant"));
        List<String> options = Json.list(variant, "selectedOptions").stream()
                .map(o -> Json.textOr(o, "", "value")).filter(v -> !v.isBlank()).toList();
        VariantReference reference = new VariantReference(Json.textOr(variant, "", "product", "handle"),
                options.isEmpty() ? List.of("Default Title") : options, Json.textOr(variant, "", "sku"));
        return new InventoryLevelRow(source, reference,
                Json.text(level, "location", "name").orElseThrow(() -> new Json.NotReadable("location.name", "is missing")),
                quantity(level, "available"), quantity(level, "on_hand"));
    }

    private static OptionalInt quantity(JsonNode level, String name) {
        return Json.list(level, "quantities").stream().filter(q -> name.equals(Json.textOr(q, "", "name")))
                .map(q -> Json.number(q, "quantity")).filter(java.util.Optional::isPresent)
                .mapToInt(q -> Math.toIntExact(q.get())).findFirst();
    }
}
