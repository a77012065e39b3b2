package com.cartwise.benchmarks.load;

import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The carts a load run sends, drawn in a fixed shuffled order so that two runs send the same
 * requests. Real tills send real baskets: the demo source takes the demo shop's past orders
 * (regenerated here from {@link DemoShopGenerator#DEFAULT_SEED}, exactly as {@code serve --demo}
 * imported them) with 1 to 5 distinct SKUs; a file source serves any other shop.
 */
public final class Carts {
    static final int MAX_ITEMS = 5;
    private static final long SHUFFLE_SEED = 42L;

    private Carts() {
    }

    /** "demo", or the path of a cart file (see {@link #fromFile}). */
    public static List<List<CartItem>> from(String source) {
        List<List<CartItem>> carts = "demo".equals(source) ? fromDemoShop() : fromFile(Path.of(source));
        if (carts.isEmpty()) {
            throw new IllegalArgumentException("the cart source '" + source + "' holds no cart of 1 to " + MAX_ITEMS + " items");
        }
        List<List<CartItem>> shuffled = new ArrayList<>(carts);
        Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
        return List.copyOf(shuffled);
    }

    /** Every past order of the demo shop with 1 to {@value #MAX_ITEMS} distinct SKUs, as a cart of those SKUs. */
    static List<List<CartItem>> fromDemoShop() {
        List<List<CartItem>> carts = new ArrayList<>();
        for (Order order : new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).generate().orders()) {
            Set<String> skus = new LinkedHashSet<>();
            for (OrderLine line : order.lines()) {
                if (!line.sku().isEmpty()) {
                    skus.add(line.sku());
                }
            }
            if (!skus.isEmpty() && skus.size() <= MAX_ITEMS) {
                carts.add(skus.stream().map(sku -> new CartItem(CartItem.Kind.SKU, sku)).toList());
            }
        }
        return carts;
    }

    /**
     * One cart per line, items separated by commas, each {@code sku=...}, {@code shopify_variant_id=...},
     * {@code variant_id=...} or a bare SKU; blank lines and lines starting with # are skipped.
     * Carts of more than {@value #MAX_ITEMS} items are refused, so a file cannot silently change
     * what is measured.
     */
    static List<List<CartItem>> fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cart file " + file, e);
        }
        List<List<CartItem>> carts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                List<CartItem> cart = Arrays.stream(line.split(",")).map(CartItem::parse).toList();
                if (cart.size() > MAX_ITEMS) {
                    throw new IllegalArgumentException("a cart holds 1 to " + MAX_ITEMS + " items, but this one has " + cart.size());
                }
                carts.add(cart);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return carts;
    }
}
