package com.cartwise.persistence.catalog;

import com.cartwise.application.port.Catalog.CatalogImportSummary;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.VariantRecord;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One catalogue import, written a chunk of at most {@value #CHUNK} records at a time, so that
 * memory stays flat however long the file: a chunk costs two look-ups and one batch per statement.
 *
 * <p>Within a chunk every record must be matched against the rows as the records before it left
 * them. A chunk therefore never holds two records with the same key (the second one starts a new
 * chunk), and a chunk whose records would update the same stored variant is written in rounds.
 */
final class CatalogUpsert {
    static final int CHUNK = 1000;

    private final CatalogStatements sql;
    private final List<VariantRecord> pending = new ArrayList<>();
    private final Set<NaturalKey> pendingKeys = new HashSet<>();
    private final Set<Long> pendingShopifyIds = new HashSet<>();
    private long rows;
    private long productsAdded;
    private long variantsAdded;
    private long variantsUpdated;

    CatalogUpsert(CatalogStatements sql) {
        this.sql = sql;
    }

    void add(VariantRecord record) throws SQLException {
        Long shopifyId = record.shopifyVariantId();
        if (pendingKeys.contains(NaturalKey.of(record)) || shopifyId != null && pendingShopifyIds.contains(shopifyId)) {
            flush();
        }
        pending.add(record);
        pendingKeys.add(NaturalKey.of(record));
        if (shopifyId != null) {
            pendingShopifyIds.add(shopifyId);
        }
        rows++;
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    CatalogImportSummary finish() throws SQLException {
        flush();
        return new CatalogImportSummary(rows, productsAdded, variantsAdded, variantsUpdated);
    }

    private void flush() throws SQLException {
        List<VariantRecord> rest = List.copyOf(pending);
        while (!rest.isEmpty()) {
            rest = writeRound(rest);
        }
        pending.clear();
        pendingKeys.clear();
        pendingShopifyIds.clear();
    }

    /**
     * Writes the longest prefix of the records that update distinct stored variants and answers
     * the rest. (Two records reach one stored variant when one names it by key and the other by
     * the Shopify id it holds: the second must see what the first did.)
     */
    private List<VariantRecord> writeRound(List<VariantRecord> records) throws SQLException {
        StoredVariants stored = sql.findVariants(records);
        Map<Long, VariantRecord> updates = new LinkedHashMap<>();
        List<Long> shopifyIdsToMove = new ArrayList<>();
        List<VariantRecord> inserts = new ArrayList<>();
        Map<String, Product> products = new LinkedHashMap<>();
        int written = 0;
        for (VariantRecord record : records) {
            OptionalLong target = stored.target(record);
            if (target.isPresent()) {
                if (updates.containsKey(target.getAsLong())) {
                    break;
                }
                updates.put(target.getAsLong(), record);
                stored.otherHolderOfShopifyId(record, target.getAsLong()).ifPresent(shopifyIdsToMove::add);
            } else {
                inserts.add(record);
            }
            products.put(record.product().handle(), record.product());
            written++;
        }
        // Products first (variants refer to them), then free the Shopify ids that move, so that
        // no statement ever sees one id on two variants.
        productsAdded += sql.upsertProducts(products.values());
        sql.clearShopifyIds(shopifyIdsToMove);
        sql.update(updates);
        sql.insert(inserts);
        variantsUpdated += updates.size();
        variantsAdded += inserts.size();
        return records.subList(written, records.size());
    }
}
