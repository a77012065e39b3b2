package com.cartwise.benchmarks.imports;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.benchmarks.data.SyntheticVariant;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * A generated shop written as Shopify admin writes its exports: the products export (a row per
 * variant) and the orders export in Shopify's full 79-column layout, order-level columns on an
 * order's first line only, streamed to disk so that a million lines need no memory.
 */
public final class ShopifyExportFiles {
    /** Shopify's orders export header, as of 2025 (the developer store's sample in ../shared/data has it). */
    static final String[] ORDER_COLUMNS = {"Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
        "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount",
        "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
        "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name",
        "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip",
        "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street", "Shipping Address1",
        "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province", "Shipping Country",
        "Shipping Phone", "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Refunded Amount",
        "Vendor", "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Source",
        "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value",
        "Tax 4 Name", "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
        "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References"};
    private static final String[] PRODUCT_COLUMNS = {"Handle", "Title", "Vendor", "Type", "Tags", "Published", "Option1 Name",
        "Option1 Value", "Variant SKU", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
        "Variant Price", "Status"};
    private static final DateTimeFormatter SHOPIFY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx").withZone(ZoneOffset.UTC);

    private ShopifyExportFiles() {
    }

    public static void writeProducts(SyntheticShop shop, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(PRODUCT_COLUMNS);
            int previousProduct = -1;
            for (SyntheticVariant v : shop.variants()) {
                boolean first = v.product() != previousProduct;
                previousProduct = v.product();
                boolean options = !v.optionValues().isEmpty();
                csv.writeRecord(v.handle(), first ? v.productTitle() : "", first ? "Generated" : "", first ? "Goods" : "",
                        "", first ? "true" : "", options ? "Size" : "Title", options ? v.optionValues().getFirst() : "Default Title",
                        v.sku(), "shopify", Integer.toString(v.inventoryQuantity()), "deny", v.price().toPlainString(),
                        first ? "active" : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes one order of the given SKUs, one of each, placed at {@code placedAt}: what a shop
     * uploads when it sends its newest orders.
     */
    public static void writeOrder(Path file, String name, Instant placedAt, List<String> skus) {
        String[] row = new String[ORDER_COLUMNS.length];
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(ORDER_COLUMNS);
            for (int line = 0; line < skus.size(); line++) {
                fillLine(row, name, line == 0 ? placedAt : null, "pos", 1, skus.get(line), skus.get(line));
                csv.writeRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes whole orders, oldest first, until {@code maxLines} lines are written; answers the lines written. */
    public static long writeOrders(SyntheticShop shop, Path file, long maxLines) {
        return writeOrders(shop, file, maxLines, 1);
    }

    /** As above, every line of {@code quantity}: the same orders, each changed, when it is not 1. */
    public static long writeOrders(SyntheticShop shop, Path file, long maxLines, int quantity) {
        String[] row = new String[ORDER_COLUMNS.length];
        long written = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(ORDER_COLUMNS);
            for (int order = 0; order < shop.orders() && written + shop.lineCount(order) <= maxLines; order++) {
                for (int line = 0; line < shop.lineCount(order); line++) {
                    SyntheticVariant v = shop.variant(shop.line(order, line));
                    fillLine(row, shop.orderName(order), line == 0 ? shop.placedAt(order) : null, "web", quantity,
                            v.optionValues().isEmpty() ? v.productTitle() : v.productTitle() + " - " + v.optionValues().getFirst(), v.sku());
                    row[18] = v.price().toPlainString();
                    row[21] = "true";
                    row[22] = "true";
                    row[50] = "Generated";
                    csv.writeRecord(row);
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return written;
    }

    /**
     * One line of an orders export: the order's own columns on its first line only
     * ({@code placedAt} given), as Shopify writes them; the line's quantity, name and SKU.
     */
    private static void fillLine(String[] row, String name, Instant placedAt, String source, int quantity, String lineName, String sku) {
        Arrays.fill(row, "");
        row[0] = name;
        if (placedAt != null) {
            row[2] = "paid";
            row[7] = SyntheticShop.CURRENCY;
            row[15] = SHOPIFY_DATE.format(placedAt);
            row[58] = source;
        }
        row[16] = Integer.toString(quantity);
        row[17] = lineName;
        row[20] = sku;
        row[23] = "fulfilled";
    }
}
