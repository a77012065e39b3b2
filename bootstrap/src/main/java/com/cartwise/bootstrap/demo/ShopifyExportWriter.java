package com.cartwise.bootstrap.demo;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * Writes a catalogue and orders as Shopify admin writes its Products and Orders exports: a row per
 * variant (product columns on a product's first row only) and a row per line item (order columns
 * on an order's first line only), dates as "2025-12-06 10:37:33 +0000". Generated shops then reach
 * Cartwise by the same path as a merchant's files.
 */
public final class ShopifyExportWriter {
    public static final String[] PRODUCT_COLUMNS = {"Handle", "Title", "Vendor", "Type", "Tags", "Status", "Option1 Name",
        "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value", "Variant SKU", "Variant Barcode",
        "Variant Price", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy"};
    public static final String[] ORDER_COLUMNS = {"Name", "Created at", "Currency", "Lineitem quantity", "Lineitem name",
        "Lineitem price", "Lineitem sku"};
    private static final DateTimeFormatter SHOPIFY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx").withZone(ZoneOffset.UTC);

    private ShopifyExportWriter() {
    }

    public static void writeProducts(Path file, Iterator<VariantRecord> variants) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(PRODUCT_COLUMNS);
            String handle = null;
            while (variants.hasNext()) {
                VariantRecord v = variants.next();
                Product p = v.product();
                boolean first = !p.handle().equals(handle);
                handle = p.handle();
                Stock stock = v.stock();
                csv.writeRecord(p.handle(), first ? p.title() : "", first ? p.vendor() : "", first ? p.productType() : "",
                        first ? String.join(", ", p.tags()) : "", first ? p.status().wireName() : "",
                        optionName(v, 0), option(v, 0), optionName(v, 1), option(v, 1), optionName(v, 2), option(v, 2),
                        v.sku(), v.barcode(), v.price().toPlainString(), stock.tracked() ? "shopify" : "",
                        stock.tracked() ? Integer.toString(stock.quantity()) : "", stock.sellsWhenOutOfStock() ? "continue" : "deny");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void writeOrders(Path file, Iterator<Order> orders) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(ORDER_COLUMNS);
            while (orders.hasNext()) {
                Order order = orders.next();
                boolean first = true;
                for (OrderLine line : order.lines()) {
                    csv.writeRecord(order.name(), first ? SHOPIFY_DATE.format(order.createdAt()) : "",
                            first && order.currency() != null ? order.currency().getCurrencyCode() : "",
                            Integer.toString(line.quantity()), line.name(), line.price() == null ? "" : line.price().toPlainString(),
                            line.sku());
                    first = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Shopify names the one variant of a product without options "Default Title", under the option "Title". */
    private static String optionName(VariantRecord v, int i) {
        if (v.optionValues().isEmpty()) {
            return i == 0 ? "Title" : "";
        }
        return i < v.optionValues().size() ? "Option" + (i + 1) : "";
    }

    private static String option(VariantRecord v, int i) {
        if (v.optionValues().isEmpty()) {
            return i == 0 ? Variant.DEFAULT_TITLE : "";
        }
        return i < v.optionValues().size() ? v.optionValues().get(i) : "";
    }
}
