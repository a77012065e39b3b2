package com.cartwise.application.port;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.shop.ShopId;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** A shop's products and variants. */
public interface Catalog {

    /**
     * Adds or updates every variant the records describe, keyed by handle plus option values (and
     * by Shopify variant id where given), so that importing the same export twice changes nothing
     * and a variant keeps its id across imports. Consumes the iterator to the end; an exception
     * from it propagates (the caller's transaction then undoes everything).
     */
    CatalogImportSummary upsert(ShopId shop, Iterator<VariantRecord> records);

    /** The variants with these ids that still exist in the shop, in no particular order. */
    List<Variant> variants(ShopId shop, Collection<Long> variantIds);

    /**
     * The variants that have one of these SKUs, in no particular order. Serving needs them to tell
     * a SKU that names one variant from one that several share (and so names none).
     */
    List<Variant> variantsWithSkus(ShopId shop, Collection<String> skus);

    record CatalogImportSummary(long rows, long productsAdded, long variantsAdded, long variantsUpdated) {
    }
}
