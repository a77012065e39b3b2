package com.cartwise.domain.bundles.enrichment;

import com.cartwise.domain.InvalidInputException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A shop's variants for bundle generation, in one currency, each variant once. */
public record Catalogue(Currency currency, List<CatalogEntry> entries) {
    public Catalogue {
        InvalidInputException.require(currency != null, "currency", "is required");
        entries = List.copyOf(entries);
        Map<Long, CatalogEntry> seen = new HashMap<>();
        for (CatalogEntry entry : entries) {
            InvalidInputException.require(seen.put(entry.variantId(), entry) == null, "variant_id",
                    "variant " + entry.variantId() + " appears twice in the catalogue");
        }
    }
}
