package com.cartwise.rest.bundles;

import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;

/** Where bundles live in the API. */
final class BundlePaths {
    private BundlePaths() {
    }

    static String recommendation(ShopId shop, BundleKey key) {
        return "/api/v1/shops/" + shop + "/bundle-recommendations/" + key;
    }

    static String active(ShopId shop, BundleKey key) {
        return "/api/v1/shops/" + shop + "/active-bundles/" + key;
    }
}
