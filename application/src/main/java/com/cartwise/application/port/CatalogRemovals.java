package com.cartwise.application.port;

import com.cartwise.domain.shop.ShopId;

/**
 * Products the shop deleted. They are archived, not removed: past orders and models keep naming
 * their variants, and an archived product is never offered.
 */
public interface CatalogRemovals {

    /** Archives the product with this Shopify id; answers how many variants it had (0 when it is unknown). */
    long archiveProduct(ShopId shop, long shopifyProductId);
}
