package com.cartwise.application.fakes;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.recommend.ServingModels;
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
import java.util.Optional;

/**
 * Puts a catalogue or orders into a shop through a stage and its merge, as an import job would
 * after reading an export: for tests that are about what comes after the import, not the files.
 */
public final class SeedImports {
    private final ImportStaging staging;
    private final ServingModels servingModels;
    private final UploadFormat format;

    public SeedImports(ImportStaging staging, ServingModels servingModels, UploadFormat format) {
        this.staging = staging;
        this.servingModels = servingModels;
        this.format = format;
    }

    /** Stages the catalogue's variants as a products export's rows and merges them. */
    public MergeSummary catalogue(ShopId shop, Iterator<VariantRecord> variants) {
        List<ImportRecord> records = new ArrayList<>();
        long line = 1;
        while (variants.hasNext()) {
            records.add(new VariantRow(new SourceRow(0, ++line), variants.next()));
        }
        return merge(shop, records);
    }

    /**
     * Stages the orders as an orders export's rows and merges them; in a seeder of transaction
     * files, as invoices whose item codes the catalogue lacks become its variants (priced by the
     * line's price, else without one).
     */
    public MergeSummary orders(ShopId shop, Iterator<Order> orders) {
        boolean createsVariants = format == UploadFormat.TRANSACTIONS;
        List<ImportRecord> records = new ArrayList<>();
        long line = 1;
        while (orders.hasNext()) {
            Order order = orders.next();
            List<LineRecord> lines = new ArrayList<>();
            SourceRow first = new SourceRow(0, line + 1);
            for (OrderLine l : order.lines()) {
                lines.add(new LineRecord(new SourceRow(0, ++line), l.name(), l.sku(), l.shopifyVariantId(), l.quantity(), l.price(),
                        null, null, "", false, createsVariants));
            }
            OrderHeader header = new OrderHeader(OrderDate.exactly(order.createdAt()), Optional.ofNullable(order.currency()),
                    Optional.empty(), "", Optional.empty(), "", Optional.empty(), "", "");
            records.add(new OrderRecord(first, order.name(), header, lines));
        }
        return merge(shop, records);
    }

    private MergeSummary merge(ShopId shop, List<ImportRecord> records) {
        try (ImportStaging.Stage stage = staging.open(shop, JobId.random())) {
            records.forEach(stage::add);
            stage.fileRead(0, switch (format) {
                case SHOPIFY_PRODUCTS -> "products_export.csv";
                case TRANSACTIONS -> "transactions.csv";
                default -> "orders_export.csv";
            }, format, FileFacts.plain(List.of()));
            stage.load();
            List<ImportProblem> problems = stage.check(false, 1);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("the seed is refused: " + problems.getFirst().describe());
            }
            MergeSummary merged = stage.merge();
            if (merged.catalogueChanged()) {
                servingModels.evict(shop);
            }
            return merged;
        }
    }

    /** The catalogue seeder, for {@code cartwise.importCatalog.execute(shop, records)}. */
    public static final class Catalogue {
        private final SeedImports seed;

        Catalogue(SeedImports seed) {
            this.seed = seed;
        }

        public MergeSummary execute(ShopId shop, Iterator<VariantRecord> variants) {
            return seed.catalogue(shop, variants);
        }
    }

    /** The orders seeder, for {@code cartwise.importOrders.execute(shop, orders)} (or {@code importTransactions}). */
    public static final class Orders {
        private final SeedImports seed;

        Orders(SeedImports seed) {
            this.seed = seed;
        }

        public MergeSummary execute(ShopId shop, Iterator<Order> orders) {
            return seed.orders(shop, orders);
        }
    }
}
