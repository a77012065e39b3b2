package com.cartwise.application.access.keys;

import com.cartwise.application.access.KeyCursor;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.paging.PageCursor;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;

/** A shop's keys, without their secrets, a page at a time: which exist, when each was last used, which are revoked. */
public final class ListApiKeys {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final Shops shops;
    private final ApiKeys keys;

    public ListApiKeys(Shops shops, ApiKeys keys) {
        this.shops = shops;
        this.keys = keys;
    }

    /** @param after where the previous page ended; empty for the first page */
    public record Query(ShopId shop, int limit, Optional<KeyCursor> after) {
        public Query {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            PageCursor.requireLimit(limit, MAX_LIMIT);
            after = after == null ? Optional.empty() : after;
        }

        public static Query firstPage(ShopId shop) {
            return new Query(shop, DEFAULT_LIMIT, Optional.empty());
        }

        /** The same list's page after {@code last}. */
        public Query after(StoredKey last) {
            return new Query(shop, limit, Optional.of(KeyCursor.after(last)));
        }
    }

    public Result execute(Query query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        return new Result.Listed(keys.list(query.shop(), query.limit(), query.after()));
    }

    public sealed interface Result {
        record Listed(List<StoredKey> keys) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
