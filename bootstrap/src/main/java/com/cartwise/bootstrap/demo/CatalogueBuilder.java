package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Draws the demo shop's products from its product lines and gives every variant what a Shopify
 * products export carries: handle, option values, SKU, barcode, price and stock.
 */
final class CatalogueBuilder {
    /** A GS1 company prefix in Austria's range (900-919), so barcodes look like the shop's own. */
    private static final String BARCODE_PREFIX = "9008765";
    /** Shopify variant ids of shops opened around 2023 are 14-digit numbers of about this size. */
    private static final long FIRST_SHOPIFY_VARIANT_ID = 44_731_206_000_000L;

    private final Random random;
    private final Set<String> handles = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> skus = new HashSet<>();
    private int barcodes;
    private long shopifyVariantId = FIRST_SHOPIFY_VARIANT_ID;

    CatalogueBuilder(Random random) {
        this.random = random;
    }

    List<DemoProduct> build(List<ProductLine> lines) {
        List<DemoProduct> products = new ArrayList<>();
        for (ProductLine line : lines) {
            List<ProductLine.VendorModel> pairs = new ArrayList<>(line.pairs());
            Collections.shuffle(pairs, random);
            for (int n = 0; n < line.products(); n++) {
                products.add(product(line, n + 1, pairs.get(n)));
            }
        }
        return List.copyOf(products);
    }

    private DemoProduct product(ProductLine line, int number, ProductLine.VendorModel pair) {
        String title = pair.title();
        if (!titles.add(title)) {
            throw new IllegalStateException("two demo products are called " + title);
        }
        Product product = new Product(uniqueHandle(slug(title)), title, pair.vendor(), line.productType(), tags(line));
        double basePrice = line.minPrice() + random.nextDouble() * (line.maxPrice() - line.minPrice());
        List<VariantRecord> variants = new ArrayList<>();
        for (List<String> options : line.options().combinations()) {
            double price = basePrice * line.options().priceFactor(options);
            BigDecimal amount = line.minPrice() == line.maxPrice() ? BigDecimal.valueOf(Math.round(price * 100), 2) : retailPrice(price);
            Stock stock = line.kind().tracked ? Stock.tracked(1 + random.nextInt(40)) : Stock.untracked();
            String sku = sku(line, number, options);
            variants.add(new VariantRecord(product, options, sku, nextBarcode(), nextShopifyVariantId(), amount, stock));
        }
        return new DemoProduct(product, line, variants);
    }

    /** Prices as shops write them: 349.95 above a hundred, 24.95 above twenty, 9.90 below. */
    static BigDecimal retailPrice(double price) {
        long euros = (long) Math.floor(price);
        long cents;
        if (price >= 100) {
            euros = euros / 10 * 10 + 9;
            cents = 95;
        } else {
            cents = price >= 20 ? 95 : 90;
        }
        return BigDecimal.valueOf(euros * 100 + cents, 2);
    }

    private String sku(ProductLine line, int number, List<String> options) {
        StringBuilder sku = new StringBuilder(line.code()).append('-').append(String.format(Locale.ROOT, "%03d", number));
        for (String option : options) {
            sku.append('-').append(slug(option).replace("-", "").toUpperCase(Locale.ROOT));
        }
        if (!skus.add(sku.toString())) {
            throw new IllegalStateException("two demo variants have SKU " + sku);
        }
        return sku.toString();
    }

    private String nextBarcode() {
        String twelve = BARCODE_PREFIX + String.format(Locale.ROOT, "%05d", ++barcodes);
        return twelve + ean13CheckDigit(twelve);
    }

    /** GS1 check digit: weights 1 and 3 alternate from the left over the first twelve digits. */
    static int ean13CheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    private long nextShopifyVariantId() {
        // Shopify ids are shared by every shop on the platform, so one shop's ids leave gaps.
        shopifyVariantId += 1 + random.nextInt(5_000);
        return shopifyVariantId;
    }

    private static List<String> tags(ProductLine line) {
        Category category = DemoCatalogue.CATEGORIES.stream().filter(c -> c.name().equals(line.category())).findFirst().orElseThrow();
        List<String> tags = new ArrayList<>(List.of(slug(category.name()), slug(line.productType())));
        if (category.season() != Season.ALL_YEAR) {
            tags.add(category.season().name().toLowerCase(Locale.ROOT));
        }
        if (line.kind().consumable) {
            tags.add("consumable");
        }
        return tags;
    }

    private String uniqueHandle(String base) {
        String handle = base;
        for (int n = 2; !handles.add(handle); n++) {
            handle = base + "-" + n;
        }
        return handle;
    }

    /** Shopify's handle rules: lower case ASCII letters and digits joined by single hyphens. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
