package com.cartwise.shopify;

import com.cartwise.domain.imports.SourceRow;
import io.micronaut.json.tree.JsonNode;

/** An object Shopify gave, with the place it came from (its line of a bulk result, or its number in a paginated read). */
record Placed(JsonNode node, SourceRow source) {
}
