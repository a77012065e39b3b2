package com.cartwise.application.port;

import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import java.util.Collection;
import java.util.List;

/** A shop's products and variants, as serving reads them. Imports write them (see {@link ImportStaging}). */
public interface Catalog {

    /** The variants with these ids that still exist in the shop, in no particular order. */
    List<Variant> variants(ShopId shop, Collection<Long> variantIds);

    /**
     * The variants that have one of these SKUs, in no particular order. Serving needs them to tell
     * a SKU that names one variant from one that several share (and so names none).
     */
    List<Variant> variantsWithSkus(ShopId shop, Collection<String> skus);

    /**
     * Whether the shop has what a product page names: a variant of a product with this handle, or
     * exactly one variant with this key (a SKU that several variants share names none of them).
     * Sold or not, in stock or not, of any product status.
     */
    boolean has(ShopId shop, ProductReference product);
}
