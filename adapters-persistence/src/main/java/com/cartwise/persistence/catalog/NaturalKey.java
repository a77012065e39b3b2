package com.cartwise.persistence.catalog;

import com.cartwise.domain.catalog.VariantRecord;
import java.util.List;

/** What a products export knows a variant by: its product's handle and its option values. */
record NaturalKey(String handle, List<String> optionValues) {
    NaturalKey {
        optionValues = List.copyOf(optionValues);
    }

    static NaturalKey of(VariantRecord record) {
        return new NaturalKey(record.product().handle(), record.optionValues());
    }
}
