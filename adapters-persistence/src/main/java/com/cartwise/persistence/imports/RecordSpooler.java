package com.cartwise.persistence.imports;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImageRow;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.persistence.catalog.InventoryPolicy;
import java.util.EnumMap;
import java.util.Map;


/**
 * Writes each staged record as rows of its staging tables' spools. Sequence numbers keep the
 * upload's order: the first row of a product names it, and orders get their numbers in order.
 */
final class RecordSpooler implements AutoCloseable {
    private final Map<StagingTable, Spool> spools = new EnumMap<>(StagingTable.class);
    private final CopyRow row = new CopyRow();
    private final Map<Integer, Long> imageRows = new java.util.HashMap<>();
    private final LineKeys lineKeys;
    private boolean anyLineCreatesVariant;
    private long variantSeq;
    private long orderSeq;
    private long refusals;

    RecordSpooler(LineKeys lineKeys) {
        this.lineKeys = lineKeys;
        for (StagingTable table : StagingTable.values()) {
            spools.put(table, new Spool(table));
        }
    }

    Iterable<Spool> spools() {
        return spools.values();
    }

    /** Whether some staged line names an item that becomes a variant (basket data). */
    boolean anyLineCreatesVariant() {
        return anyLineCreatesVariant;
    }

    /** Whether some staged line has no line key ({@link LineKeys}) and must be resolved on its own. */
    boolean anyLineUnkeyed() {
        return lineKeys.anyUnnumbered();
    }

    /** Image rows of a products export, per file: read and counted, nothing to stage. */
    long imageRows(int file) {
        return imageRows.getOrDefault(file, 0L);
    }

    void add(ImportRecord record) {
        switch (record) {
            case VariantRow v -> variant(v.source(), v.variant());
            case ImageRow image -> imageRows.merge(image.source().file(), 1L, Long::sum);
            case OrderRecord order -> order(order);
            case InventoryLevelRow level -> inventory(level);
            case CustomerRow customer -> customer(customer);
            case RunProductRow product -> runProduct(product);
            case RunVariantRow variant -> runVariant(variant);
            case RunInventoryRow level -> write(StagingTable.RUN_INVENTORY, place(level.source())
                    .number(level.inventoryItemId()).text(level.location()).number(level.available()));
        }
    }

    void refuse(ImportProblem problem) {
        write(StagingTable.REFUSALS, row.number(++refusals).text(problem.file()).number(problem.line())
                .number(problem.column()).text(problem.columnName()).text(problem.value()).text(problem.message()));
    }

    void fileRead(int file, String name, UploadFormat format, FileFacts facts) {
        write(StagingTable.FILES, row.number(file).text(name).bool(facts.monthFirstDates()).number(facts.keyColumn())
                .text(facts.keyColumnName()).text(format.wireName()));
    }

    private void variant(SourceRow source, VariantRecord v) {
        Product p = v.product();
        row.number(++variantSeq);
        place(source);
        product(p);
        row.textArray(v.optionValues()).text(v.sku()).text(v.barcode()).number(v.shopifyVariantId()).decimal(v.price())
                .bool(v.stock().tracked()).number(v.stock().quantity()).text(InventoryPolicy.of(v.stock()))
                .decimal(v.compareAtPrice()).decimal(v.cost()).number(v.inventoryItemId())
                .text(Variant.lineNameOf(p.title(), v.optionValues())).text(null)
                .number(p.shopifyProductId().orElse(null));
        write(StagingTable.VARIANTS, row);
    }

    private CopyRow product(Product p) {
        return row.text(p.handle()).text(p.title()).text(p.vendor()).text(p.productType()).textArray(p.tags())
                .text(p.status().wireName()).text(p.category()).textArray(p.collections()).instant(p.createdAt().orElse(null));
    }

    private void order(OrderRecord order) {
        long seq = ++orderSeq;
        OrderHeader h = order.header();
        LineRecord last = order.lines().getLast();
        row.number(seq);
        place(order.source());
        row.number(last.source().line()).text(order.name()).instant(h.createdAt().dayFirst()).instant(h.createdAt().monthFirst())
                .text(h.currency().map(java.util.Currency::getCurrencyCode).orElse(null))
                .instant(h.cancelledAt().map(OrderDate::dayFirst).orElse(null))
                .instant(h.cancelledAt().map(OrderDate::monthFirst).orElse(null))
                .text(h.financialStatus()).decimal(h.refundedAmount().orElse(null)).text(h.discountCode())
                .decimal(h.discountAmount().orElse(null)).text(h.salesChannel()).text(h.customer()).number(order.contentHash())
                .number(h.shopifyOrderId().orElse(null));
        write(StagingTable.ORDERS, row);
        int number = 0;
        for (LineRecord line : order.lines()) {
            int key = lineKeys.number(line.shopifyVariantId(), line.sku(), line.name(), this::lineKey);
            anyLineCreatesVariant |= line.createsVariant();
            row.number(seq).number(++number);
            place(line.source());
            row.text(line.name()).text(line.sku()).number(line.shopifyVariantId()).number(line.quantity())
                    .decimal(line.price()).decimal(line.compareAtPrice()).decimal(line.discount()).text(line.vendor())
                    .bool(line.refunded() || h.fullyRefunded()).bool(line.createsVariant()).number(key);
            write(StagingTable.LINES, row);
        }
    }

    private void lineKey(int number, Long shopifyVariantId, String sku, String name) {
        write(StagingTable.LINE_KEYS, row.number(number).number(shopifyVariantId).text(sku).text(name));
    }

    private void inventory(InventoryLevelRow level) {
        place(level.source());
        row.text(level.variant().handle()).textArray(level.variant().optionValues()).text(level.variant().sku())
                .text(level.location())
                .integer(level.available().isPresent() ? level.available().getAsInt() : null)
                .integer(level.onHand().isPresent() ? level.onHand().getAsInt() : null);
        write(StagingTable.INVENTORY, row);
    }

    private void customer(CustomerRow c) {
        place(c.source());
        row.text(c.key()).number(c.shopifyCustomerId().orElse(null)).text(c.email()).text(c.firstName()).text(c.lastName())
                .integer(c.ordersCount().isPresent() ? c.ordersCount().getAsInt() : null)
                .decimal(c.totalSpent().orElse(null)).textArray(c.tags()).bool(c.acceptsEmailMarketing().orElse(null));
        write(StagingTable.CUSTOMERS, row);
    }

    private void runProduct(RunProductRow r) {
        place(r.source());
        Product p = r.product();
        row.number(r.productId()).text(p.handle()).text(p.title()).text(p.vendor()).text(p.productType()).textArray(p.tags())
                .text(p.status().wireName()).text(p.category()).textArray(p.collections())
                .instant(r.createdAt().map(OrderDate::dayFirst).orElse(null))
                .instant(r.createdAt().map(OrderDate::monthFirst).orElse(null));
        write(StagingTable.RUN_PRODUCTS, row);
    }

    private void runVariant(RunVariantRow r) {
        place(r.source());
        row.number(r.variantId()).number(r.productId()).text(r.sku()).textArray(r.optionValues()).decimal(r.price())
                .decimal(r.compareAtPrice()).decimal(r.cost()).number(r.inventoryItemId());
        write(StagingTable.RUN_VARIANTS, row);
    }

    private CopyRow place(SourceRow source) {
        return row.number(source.file()).number(source.line());
    }

    private void write(StagingTable table, CopyRow done) {
        spools.get(table).write(done.finish());
        done.reset();
    }

    @Override
    public void close() {
        spools.values().forEach(Spool::close);
    }

}
