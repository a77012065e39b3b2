package com.cartwise.domain.catalog;

import static com.cartwise.domain.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductStatusTest {

    @Test
    void readsShopifysNames() {
        assertEquals(List.of(ProductStatus.ACTIVE, ProductStatus.DRAFT, ProductStatus.ARCHIVED),
                List.of(ProductStatus.fromWireName("active"), ProductStatus.fromWireName("draft"),
                        ProductStatus.fromWireName("archived")));
        assertEquals(List.of("active", "draft", "archived"),
                List.of(ProductStatus.ACTIVE.wireName(), ProductStatus.DRAFT.wireName(), ProductStatus.ARCHIVED.wireName()));
    }

    @Test
    void readsThemRegardlessOfCase() {
        assertEquals(ProductStatus.ACTIVE, ProductStatus.fromWireName("Active"));
        assertEquals(ProductStatus.ARCHIVED, ProductStatus.fromWireName("ARCHIVED"));
    }

    @Test
    void rejectsAnUnknownStatusNamingIt() {
        InvalidInputException e = assertRejected("status", () -> ProductStatus.fromWireName("published"));

        assertEquals("must be one of active, draft, archived, but was 'published'", e.problem());
        assertRejected("status", () -> ProductStatus.fromWireName(""));
        assertRejected("status", () -> ProductStatus.fromWireName(null));
    }
}
