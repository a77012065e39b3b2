package com.cartwise.application.jobs.tracking;

import com.cartwise.application.jobs.Job;
import com.cartwise.application.jobs.JobCursor;
import com.cartwise.application.paging.PageCursor;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;

/** The merchant's list of a shop's jobs, newest first, a page at a time. */
public final class ListJobs {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final Shops shops;
    private final Jobs jobs;

    public ListJobs(Shops shops, Jobs jobs) {
        this.shops = shops;
        this.jobs = jobs;
    }

    /** @param cursor where the previous page ended; empty for the first page */
    public record Query(ShopId shop, int limit, Optional<JobCursor> cursor) {
        public Query {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            PageCursor.requireLimit(limit, MAX_LIMIT);
            cursor = cursor == null ? Optional.empty() : cursor;
        }
    }

    public Result execute(Query query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        return new Result.Listed(jobs.list(query.shop(), query.limit(), query.cursor()));
    }

    public sealed interface Result {
        record Listed(List<Job> jobs) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
