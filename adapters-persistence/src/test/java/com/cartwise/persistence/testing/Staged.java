package com.cartwise.persistence.testing;

import static com.cartwise.domain.imports.MergeCounts.LINES;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_REPLACED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_UNCHANGED;
import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_UPDATED;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catalogues and orders put into a shop through the staging port, as an import job does after
 * reading an export: a file's records are staged, loaded, checked and merged.
 */
public final class Staged {
    private Staged() {
    }

    /** What a products export's merge did. */
    public record CatalogImported(long rows, long productsAdded, long variantsAdded, long variantsUpdated) {
    }

    /** What an orders export's merge did. */
    public record OrdersImported(long rows, long ordersAdded, long ordersReplaced, long ordersUnchanged, long lines) {
    }

    public static CatalogImported catalogue(Ports ports, ShopId shop, Iterator<VariantRecord> variants) {
        List<ImportRecord> records = new ArrayList<>();
        long line = 1;
        while (variants.hasNext()) {
            records.add(new VariantRow(new SourceRow(0, ++line), variants.next()));
        }
        Map<String, Long> counts = merge(ports, shop, UploadFormat.SHOPIFY_PRODUCTS, records).countsPerFile().getFirst();
        return new CatalogImported(records.size(), counts.get(PRODUCTS_ADDED), counts.get(VARIANTS_ADDED), counts.get(VARIANTS_UPDATED));
    }

    public static OrdersImported orders(Ports ports, ShopId shop, Iterator<Order> orders) {
        List<ImportRecord> records = orderRecords(orders);
        Map<String, Long> counts = merge(ports, shop, UploadFormat.SHOPIFY_ORDERS, records).countsPerFile().getFirst();
        return new OrdersImported(counts.get(LINES), counts.get(ORDERS_ADDED), counts.get(ORDERS_REPLACED), counts.get(ORDERS_UNCHANGED),
                counts.get(LINES));
    }

    /** The problems a strict import of these records would be refused with; nothing is merged. */
    public static List<ImportProblem> problems(Ports ports, ShopId shop, UploadFormat format, List<ImportRecord> records) {
        try (ImportStaging.Stage stage = stage(ports, shop, format, records)) {
            return stage.check(false, 10);
        }
    }

    public static MergeSummary merge(Ports ports, ShopId shop, UploadFormat format, List<ImportRecord> records) {
        try (ImportStaging.Stage stage = stage(ports, shop, format, records)) {
            List<ImportProblem> problems = stage.check(false, 1);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("refused: " + problems.getFirst().describe());
            }
            return stage.merge();
        }
    }

    private static ImportStaging.Stage stage(Ports ports, ShopId shop, UploadFormat format, List<ImportRecord> records) {
        ImportStaging.Stage stage = ports.staging().open(shop, JobId.random());
        records.forEach(stage::add);
        stage.fileRead(0, format == UploadFormat.SHOPIFY_PRODUCTS ? "products_export.csv" : "orders_export.csv", format,
                new FileFacts(false, "", List.of(), 1, format == UploadFormat.SHOPIFY_PRODUCTS ? "Handle" : "Name"));
        stage.load();
        return stage;
    }

    /** Orders as an orders export's rows: an order's lines on consecutive lines of file 0. */
    public static List<ImportRecord> orderRecords(Iterator<Order> orders) {
        List<ImportRecord> records = new ArrayList<>();
        long line = 1;
        while (orders.hasNext()) {
            Order order = orders.next();
            SourceRow first = new SourceRow(0, line + 1);
            List<LineRecord> lines = new ArrayList<>();
            for (OrderLine l : order.lines()) {
                lines.add(new LineRecord(new SourceRow(0, ++line), l.name(), l.sku(), l.shopifyVariantId(), l.quantity(), l.price(),
                        null, null, "", false, false));
            }
            records.add(new OrderRecord(first, order.name(), new OrderHeader(OrderDate.exactly(order.createdAt()),
                    Optional.ofNullable(order.currency()), Optional.empty(), "", Optional.empty(), "", Optional.empty(), "", ""),
                    lines));
        }
        return records;
    }
}
