package com.cartwise.application.mining;

import com.cartwise.domain.mining.TransactionDatabase;
import java.util.List;

/**
 * The baskets of a file, ready to mine, and how they were read. Items of an SPMF file keep their
 * numbers; items a file names (a SKU, a product name) are numbered 1, 2, 3 ... in order of first
 * appearance, and {@code itemNames} gives the name of number n at index n - 1 (empty for SPMF).
 *
 * @param orders          baskets read before the basket size limit: lines, invoices or orders with items
 * @param leftOut         orders that hold no item to mine (cancelled, returned or refunded in full)
 */
public record BasketFile(TransactionDatabase database, BasketFileFormat format, List<String> itemNames, long orders, long leftOut) {
    public BasketFile {
        itemNames = List.copyOf(itemNames);
    }

    /** Whether the items are numbered by Cartwise (true) or by the file itself (SPMF). */
    public boolean namedItems() {
        return !itemNames.isEmpty();
    }

    /** The name of an item number, as the file wrote it. */
    public String itemName(long number) {
        return itemNames.get((int) number - 1);
    }
}
