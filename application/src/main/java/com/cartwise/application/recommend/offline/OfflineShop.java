package com.cartwise.application.recommend.offline;

import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImageRow;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import java.util.List;
import java.util.Optional;

/**
 * The shop an upload would make, held in memory just long enough to give its baskets: the
 * catalogue its files describe (with basket data's item codes as variants, an item code its own
 * variant) and its orders, each line resolved to a variant by the import's rule
 * ({@link com.cartwise.domain.orders.LineResolution}: Shopify id, else a SKU one variant has, else
 * a line name one variant has). What no basket needs (images, stock, customers) is passed over.
 */
final class OfflineShop {
    private final List<String> fileNames;
    private final OfflineCatalogue catalogue;
    private final OfflineOrders orders;
    private final boolean[] monthFirst;

    /** @param fileNames the upload's files, by their index */
    OfflineShop(List<String> fileNames) {
        this.fileNames = List.copyOf(fileNames);
        this.catalogue = new OfflineCatalogue(this.fileNames);
        this.orders = new OfflineOrders(this.fileNames);
        this.monthFirst = new boolean[fileNames.size()];
    }

    String fileName(int index) {
        return fileNames.get(index);
    }

    /** @return what is wrong, when the upload as a whole makes this record impossible (an order or variant listed twice) */
    Optional<UploadProblem> add(ImportRecord record, UploadFormat format) {
        return switch (record) {
            case OrderRecord order -> {
                for (LineRecord line : order.lines()) {
                    catalogue.item(line);
                }
                yield orders.add(order, format == UploadFormat.TRANSACTIONS);
            }
            case VariantRow variant -> catalogue.add(variant);
            case RunVariantRow variant -> catalogue.add(variant);
            case RunProductRow product -> {
                catalogue.add(product);
                yield Optional.empty();
            }
            case ImageRow image -> Optional.empty();
            case InventoryLevelRow level -> Optional.empty();
            case RunInventoryRow level -> Optional.empty();
            case CustomerRow customer -> Optional.empty();
        };
    }

    /** The file's dates are read as a whole: its ambiguous ones put the month first or the day. */
    void fileRead(int index, FileFacts facts) {
        monthFirst[index] = facts.monthFirstDates();
    }

    Baskets baskets() {
        OfflineOrders.Made made = orders.baskets(catalogue.resolution(), monthFirst);
        return new Baskets(made.baskets(), orders.ordersRead(), made.lines(), made.unmatchedLines());
    }

    record Baskets(com.cartwise.domain.orders.Baskets baskets, long orders, long lines, long unmatchedLines) {
    }
}
