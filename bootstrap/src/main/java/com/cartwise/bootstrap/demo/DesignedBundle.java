package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.VariantRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An anchor product and the products its buyers take along (skis, their binding, their wax). A
 * sized complement comes in the anchor's size: whoever buys the base layer top in M takes the
 * leggings in M.
 */
record DesignedBundle(DemoProduct anchor, List<DemoProduct> complements) {
    DesignedBundle {
        complements = List.copyOf(complements);
    }

    /** The complement's variant that goes with this variant of the anchor. */
    static VariantRecord companion(VariantRecord anchorVariant, DemoProduct complement) {
        return complement.variants().stream()
                .filter(v -> anchorVariant.optionValues().containsAll(v.optionValues()))
                .findFirst()
                .orElse(complement.variants().getFirst());
    }

    /** For every variant of the anchor, the SKUs of its companions, in complement order. */
    Map<String, List<String>> complementSkus() {
        Map<String, List<String>> skus = new LinkedHashMap<>();
        for (VariantRecord anchorVariant : anchor.variants()) {
            List<String> companions = new ArrayList<>();
            for (DemoProduct complement : complements) {
                companions.add(companion(anchorVariant, complement).sku());
            }
            skus.put(anchorVariant.sku(), List.copyOf(companions));
        }
        return skus;
    }
}
