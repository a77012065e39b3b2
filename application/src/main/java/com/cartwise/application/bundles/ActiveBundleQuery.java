package com.cartwise.application.bundles;

import com.cartwise.application.paging.PageCursor;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/** A page of a shop's active bundles, newest activation first (ties by bundle key), of one status or both. */
public record ActiveBundleQuery(ShopId shop, Optional<ActiveStatus> status, int limit, Optional<After> after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public ActiveBundleQuery {
        InvalidInputException.require(shop != null, "shop_id", "is required");
        status = status == null ? Optional.empty() : status;
        after = after == null ? Optional.empty() : after;
        InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit",
                "must be between 1 and " + MAX_LIMIT + ", but was " + limit);
    }

    /** Where a page ended. */
    public record After(Instant activatedAt, BundleKey key) {
        public static After of(ActiveBundle last) {
            return new After(last.activatedAt(), last.key());
        }

        public String text() {
            return PageCursor.encode(activatedAt, key.value());
        }

        public static After parse(String text) {
            return PageCursor.decode(text, 2, parts -> new After(Instant.parse(parts[0]), new BundleKey(parts[1])));
        }
    }
}
