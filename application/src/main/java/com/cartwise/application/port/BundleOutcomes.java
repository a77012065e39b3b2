package com.cartwise.application.port;

import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/**
 * What bundles offered at a discount brought (impressions, purchases, revenue): the discount
 * bandit learns from it. The analytics side records outcomes; generation reads them, and a shop
 * with no history yet has none.
 */
public interface BundleOutcomes {

    /** Every outcome of the shop, one per bundle and discount. */
    List<BundleOutcome> of(ShopId shop);

    /** Adds what was seen to the bundle's outcome at that discount (impressions, purchases and revenue add up). */
    void record(ShopId shop, BundleOutcome seen);
}
