package com.cartwise.application.port;

import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;

/**
 * Copy an AI writer produced, kept per shop by the content hash of the brief it was written from
 * ({@link com.cartwise.domain.bundles.copy.CopyBrief#contentHash()}), so that the same brief never
 * costs a second call. Template copy is not kept: writing it again costs nothing.
 */
public interface CopyCache {

    /** The copy kept for this brief of this shop, with the writer that produced it. */
    Optional<BundleCopy> find(ShopId shop, String contentHash);

    /** Keeps the copy; the first copy kept for a brief stays, a later one for the same hash changes nothing. */
    void keep(ShopId shop, String contentHash, BundleCopy copy);
}
