package com.cartwise.application.catalog;

import com.cartwise.application.port.Catalog.CatalogImportSummary;
import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.Shops;
import com.cartwise.application.port.Transactions;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.shop.ShopId;
import java.util.Iterator;

/**
 * Imports a catalogue (e.g. a Shopify products export) all or nothing: one bad row and the shop's
 * catalogue is as it was. Served models then reload, so stock and prices are current.
 */
public final class ImportCatalog {
    private final Shops shops;
    private final Catalog catalog;
    private final Transactions transactions;
    private final ServingModels servingModels;

    public ImportCatalog(Shops shops, Catalog catalog, Transactions transactions, ServingModels servingModels) {
        this.shops = shops;
        this.catalog = catalog;
        this.transactions = transactions;
        this.servingModels = servingModels;
    }

    public Result execute(ShopId shop, Iterator<VariantRecord> records) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        try {
            CatalogImportSummary summary = transactions.inTransaction(() -> catalog.upsert(shop, records));
            servingModels.evict(shop);
            return new Result.Imported(summary);
        } catch (ImportRejectedException e) {
            return new Result.Rejected(e.problem());
        }
    }

    public sealed interface Result {
        record Imported(CatalogImportSummary summary) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        record Rejected(ImportProblem problem) implements Result {
        }
    }
}
