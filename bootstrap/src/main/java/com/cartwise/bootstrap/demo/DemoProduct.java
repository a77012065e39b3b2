package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.VariantRecord;
import java.util.List;

/** A product of the demo catalogue with its variants and the line it was drawn from. */
record DemoProduct(Product product, ProductLine line, List<VariantRecord> variants) {
    DemoProduct {
        variants = List.copyOf(variants);
    }

    String category() {
        return line.category();
    }
}
