package com.cartwise.application.recommend;

import com.cartwise.application.paging.PageCursor;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The merchant looks at a shop's models, newest first, each with the evaluation behind it, a page at a time. */
public final class ListModels {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final Shops shops;
    private final ModelStore modelStore;

    public ListModels(Shops shops, ModelStore modelStore) {
        this.shops = shops;
        this.modelStore = modelStore;
    }

    /** @param after where the previous page ended; empty for the first page */
    public record Query(ShopId shop, int limit, Optional<After> after) {
        public Query {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            PageCursor.requireLimit(limit, MAX_LIMIT);
            after = after == null ? Optional.empty() : after;
        }
    }

    /** The last model of a page: versions are unique per shop, so the next page is the versions below it. */
    public record After(long version) {
        public static After of(ModelReport last) {
            return new After(last.version());
        }

        public String text() {
            return PageCursor.encode(version);
        }

        public static After parse(String text) {
            return PageCursor.decode(text, 1, parts -> new After(Long.parseLong(parts[0])));
        }
    }

    public Result execute(Query query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        OptionalLong before = query.after().map(after -> OptionalLong.of(after.version())).orElse(OptionalLong.empty());
        return new Result.Listed(modelStore.reports(query.shop(), query.limit(), before));
    }

    public sealed interface Result {
        record Listed(List<ModelReport> models) implements Result {
            public Listed {
                models = List.copyOf(models);
            }
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
