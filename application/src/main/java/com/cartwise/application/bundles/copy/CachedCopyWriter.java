package com.cartwise.application.bundles.copy;

import com.cartwise.application.port.CopyCache;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.cartwise.domain.shop.ShopId;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's copy writer that asks its cache first: a brief whose copy was written before (same
 * content hash) costs no call, and every copy the writer produces is kept. When the writer is
 * unavailable nothing is kept, so the brief is asked again next time.
 */
final class CachedCopyWriter implements CopyWriter {
    private final ShopId shop;
    private final CopyCache cache;
    private final CopyWriter writer;

    CachedCopyWriter(ShopId shop, CopyCache cache, CopyWriter writer) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public BundleCopy write(CopyBrief brief) throws CopyUnavailableException {
        String hash = brief.contentHash();
        Optional<BundleCopy> kept = cache.find(shop, hash);
        if (kept.isPresent()) {
            return kept.get();
        }
        BundleCopy copy = writer.write(brief);
        cache.keep(shop, hash, copy);
        return copy;
    }
}
