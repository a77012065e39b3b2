package com.cartwise.application.port;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bundles each shop made live, active or taken off, as the till, the storefront export and the dashboard read them. */
public interface ActiveBundles {

    /** Stores the bundle as active, replacing an earlier one of the same key (inactive, or live as an earlier approval priced it). */
    ActiveBundle activate(ShopId shop, ActiveBundle bundle);

    /** Takes an active bundle off; empty when the shop has no such bundle. An inactive one stays as it is. */
    Optional<ActiveBundle> deactivate(ShopId shop, BundleKey key, Instant at);

    Optional<ActiveBundle> find(ShopId shop, BundleKey key);

    List<ActiveBundle> list(ActiveBundleQuery query);

    /** Every bundle of the shop on offer now, best rank first (ties by key). */
    List<ActiveBundle> active(ShopId shop);
}
