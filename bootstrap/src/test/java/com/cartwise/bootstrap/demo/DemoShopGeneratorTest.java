package com.cartwise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoShopGeneratorTest {
    private static DemoData data;

    @BeforeAll
    static void generate() {
        data = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).generate();
    }

    @Test
    void theSameSeedGivesTheSameShopToTheLastOrder() {
        DemoData again = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).generate();

        assertEquals(data, again);
        assertEquals(new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).designedComplements(),
                new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).designedComplements());
    }

    @Test
    void anotherSeedGivesAnotherShop() {
        DemoData other = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED + 1).generate();

        assertNotEquals(data.orders(), other.orders());
        assertNotEquals(data.variants(), other.variants());
    }

    @Test
    void isTheDemoShopInEuros() {
        assertEquals("demo", data.shop().id().value());
        assertEquals("EUR", data.shop().currency().getCurrencyCode());
        assertTrue(data.orders().stream().allMatch(o -> o.currency().equals(data.shop().currency())));
    }

    @Test
    void hasAFewHundredProductsInAboutTenDepartmentsWithMoreVariantsThanProducts() {
        long departments = data.variants().stream().map(v -> v.product().tags().getFirst()).distinct().count();

        assertTrue(data.productCount() >= 250 && data.productCount() <= 400, data.productCount() + " products");
        assertTrue(departments >= 8 && departments <= 12, departments + " departments");
        assertTrue(data.variants().size() > data.productCount() * 3 / 2, data.variants().size() + " variants");
    }

    @Test
    void namesEveryVariantByItsOwnSkuBarcodeAndShopifyId() {
        assertUnique(data.variants(), VariantRecord::sku);
        assertUnique(data.variants(), VariantRecord::barcode);
        assertUnique(data.variants(), VariantRecord::shopifyVariantId);
        assertUnique(data.variants(), v -> Variant.lineNameOf(v.product().title(), v.optionValues()));
        assertTrue(data.variants().stream().allMatch(v -> v.sku().matches("[A-Z]{3}-\\d{3}(-[A-Z0-9]+)*")));
    }

    @Test
    void pricesAreInCentsAndPositive() {
        for (VariantRecord v : data.variants()) {
            assertEquals(2, v.price().scale(), v.sku());
            assertTrue(v.price().signum() > 0, v.sku());
        }
    }

    @Test
    void aFewVariantsAreSoldOutAndSomeAreNotTracked() {
        long soldOut = data.variants().stream().filter(v -> v.stock().tracked() && v.stock().quantity() == 0).count();
        long untracked = data.variants().stream().filter(v -> !v.stock().tracked()).count();

        assertTrue(soldOut > 0 && soldOut < data.variants().size() / 10, soldOut + " sold out");
        assertTrue(untracked > 0 && untracked < data.variants().size() / 5, untracked + " untracked");
    }

    @Test
    void hasAFewThousandOrdersNamedInSequence() {
        List<Order> orders = data.orders();

        assertTrue(orders.size() >= 3_000 && orders.size() <= 5_000, orders.size() + " orders");
        for (int i = 0; i < orders.size(); i++) {
            assertEquals("#" + (1001 + i), orders.get(i).name());
        }
    }

    @Test
    void ordersArePlacedInNameOrderOverOneYear() {
        List<Order> orders = data.orders();
        for (int i = 1; i < orders.size(); i++) {
            assertTrue(!orders.get(i).createdAt().isBefore(orders.get(i - 1).createdAt()), orders.get(i).name());
        }
        Duration span = Duration.between(orders.getFirst().createdAt(), orders.getLast().createdAt());

        assertTrue(span.toDays() >= 350 && span.toDays() <= 365, span.toDays() + " days");
    }

    @Test
    void everyLineNamesAnExistingVariantAsShopifysOrdersExportWould() {
        Map<String, VariantRecord> bySku = new HashMap<>();
        data.variants().forEach(v -> bySku.put(v.sku(), v));

        for (Order order : data.orders()) {
            for (OrderLine line : order.lines()) {
                VariantRecord variant = bySku.get(line.sku());
                assertNotNull(variant, order.name() + " names unknown SKU " + line.sku());
                assertEquals(Variant.lineNameOf(variant.product().title(), variant.optionValues()), line.name());
                assertEquals(variant.price(), line.price());
                assertTrue(line.quantity() >= 1 && line.quantity() <= 3, order.name());
                assertNull(line.shopifyVariantId(), "an orders export carries no variant ids");
            }
        }
    }

    @Test
    void ordersHoldOneToSixDistinctVariantsAndOftenJustOne() {
        long single = data.orders().stream().filter(o -> o.lines().size() == 1).count();

        for (Order order : data.orders()) {
            assertTrue(order.lines().size() <= 6, order.name());
            assertUnique(order.lines(), OrderLine::sku);
        }
        assertTrue(single > data.orders().size() / 10 && single < data.orders().size() / 2, single + " single-item orders");
        assertTrue(data.orders().stream().anyMatch(o -> o.lines().size() == 6));
    }

    @Test
    void soldOutVariantsAreNeverDesignedComplements() {
        Set<String> designed = new HashSet<>();
        new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).designedComplements().forEach((anchor, complements) -> {
            designed.add(anchor);
            designed.addAll(complements);
        });

        data.variants().stream().filter(v -> designed.contains(v.sku()))
                .forEach(v -> assertTrue(v.stock().available(), v.sku() + " is designed into bundles but unavailable"));
    }

    @Test
    void giftCardsHaveTheirFaceValue() {
        List<BigDecimal> giftCards = data.variants().stream()
                .filter(v -> v.product().productType().equals("Gift Cards")).map(VariantRecord::price).toList();

        assertEquals(List.of(new BigDecimal("25.00"), new BigDecimal("50.00"), new BigDecimal("100.00")), giftCards);
    }

    private static <T> void assertUnique(List<T> items, Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            assertTrue(seen.add(key.apply(item)), "repeated: " + key.apply(item));
        }
    }
}
