package com.cartwise.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CartsTest {
    @TempDir
    Path dir;

    @Test
    void readsOneCartPerLineWithEveryKindOfKeyAndSkipsCommentsAndBlankLines() throws IOException {
        Path file = write("""
                # carts of the 1M-order shop
                SKI-170, sku=WAX
                
                shopify_variant_id=123,variant_id=5
                """);

        assertEquals(List.of(
                List.of(new CartItem(CartItem.Kind.SKU, "SKI-170"), new CartItem(CartItem.Kind.SKU, "WAX")),
                List.of(new CartItem(CartItem.Kind.SHOPIFY_VARIANT_ID, "123"), new CartItem(CartItem.Kind.VARIANT_ID, "5"))),
                Carts.fromFile(file));
    }

    @Test
    void refusesACartOfMoreThanFiveItemsNamingItsLine() throws IOException {
        Path file = write("A\nA,B,C,D,E,F\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Carts.fromFile(file));

        assertEquals(file + " line 2: a cart holds 1 to 5 items, but this one has 6", e.getMessage());
    }

    @Test
    void refusesAVariantIdThatIsNotAPositiveNumber() throws IOException {
        Path file = write("variant_id=x\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Carts.fromFile(file));

        assertEquals(file + " line 1: variant_id must be a number, but was 'x'", e.getMessage());
    }

    @Test
    void drawsTheDemoShopsPastOrdersOfOneToFiveSkusTheSameWayEveryTime() {
        List<List<CartItem>> carts = Carts.from("demo");

        assertTrue(carts.size() > 1000, "a year of demo orders, but " + carts.size());
        assertTrue(carts.stream().allMatch(cart -> !cart.isEmpty() && cart.size() <= Carts.MAX_ITEMS
                && cart.stream().allMatch(item -> item.kind() == CartItem.Kind.SKU)));
        assertTrue(carts.stream().anyMatch(cart -> cart.size() == 1) && carts.stream().anyMatch(cart -> cart.size() == 5));
        assertEquals(carts, Carts.from("demo"));
    }

    @Test
    void asksTheSameQuestionAsJsonAsTheGrpcRequest() {
        List<CartItem> cart = List.of(new CartItem(CartItem.Kind.SKU, "SAY \"HI\""), new CartItem(CartItem.Kind.VARIANT_ID, "5"));

        assertEquals("{\"items\":[{\"sku\":\"SAY \\\"HI\\\"\"},{\"variant_id\":5}],\"limit\":3}",
                new String(Requests.json(cart, 3), StandardCharsets.UTF_8));
        assertEquals("SAY \"HI\"", Requests.grpc("demo", cart, 3).getItems(0).getSku());
        assertEquals(5, Requests.grpc("demo", cart, 3).getItems(1).getVariantId());
        assertEquals(3, Requests.grpc("demo", cart, 3).getLimit());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("carts.txt"), text);
    }
}
