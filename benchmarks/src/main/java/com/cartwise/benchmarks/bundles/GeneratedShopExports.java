package com.cartwise.benchmarks.bundles;

import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundle benchmark's {@link GeneratedShop} as the Shopify exports a merchant uploads: products
 * with their type (the category), vendor, stock, price and cost per item; orders with each line's
 * quantity, price, SKU and discount. What the exports cannot carry (creation dates) is left out.
 */
public final class GeneratedShopExports {
    private static final List<String> PRODUCT_COLUMNS = List.of("Handle", "Title", "Vendor", "Type", "Status", "Option1 Name",
            "Option1 Value", "Variant SKU", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
            "Variant Price", "Cost per item");
    private static final List<String> ORDER_COLUMNS = List.of("Name", "Financial Status", "Currency", "Created at", "Lineitem quantity",
            "Lineitem name", "Lineitem price", "Lineitem sku", "Lineitem discount");
    private static final DateTimeFormatter SHOPIFY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx").withZone(ZoneOffset.UTC);

    private GeneratedShopExports() {
    }

    static String sku(CatalogEntry entry) {
        return "GS-" + entry.variantId();
    }

    public static void writeProducts(GeneratedShop shop, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(PRODUCT_COLUMNS);
            String previous = "";
            for (CatalogEntry e : shop.catalogue().entries()) {
                boolean first = !e.productId().equals(previous);
                previous = e.productId();
                boolean options = !e.variantTitle().isEmpty() && !e.variantTitle().equals("Default Title");
                csv.writeRecord(e.productId(), first ? e.productTitle() : "", first ? e.vendor() : "", first ? e.category() : "",
                        first ? "active" : "", options ? "Size" : "Title", options ? e.variantTitle() : "Default Title", sku(e),
                        e.stock().tracked() ? "shopify" : "", Integer.toString(e.stock().quantity()), "deny", e.price().toPlainString(),
                        e.cost() == null ? "" : e.cost().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void writeOrders(GeneratedShop shop, Path file) {
        Map<Long, CatalogEntry> byId = new HashMap<>();
        shop.catalogue().entries().forEach(e -> byId.put(e.variantId(), e));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(ORDER_COLUMNS);
            List<OrderSale> orders = shop.orders();
            for (int o = 0; o < orders.size(); o++) {
                OrderSale order = orders.get(o);
                for (int l = 0; l < order.lines().size(); l++) {
                    SaleLine line = order.lines().get(l);
                    CatalogEntry e = byId.get(line.variantId());
                    boolean first = l == 0;
                    String name = e.variantTitle().isEmpty() ? e.productTitle() : e.productTitle() + " - " + e.variantTitle();
                    csv.writeRecord("#" + (100_001 + o), first ? "paid" : "", first ? "EUR" : "", first ? SHOPIFY_DATE.format(order.placedAt()) : "",
                            Integer.toString(line.quantity()), name, line.unitPrice().toPlainString(), sku(e),
                            line.discount() == null ? "" : line.discount().toPlainString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
