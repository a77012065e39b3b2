package com.cartwise.application.bundles;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.paging.PageCursor;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.shop.ShopId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A page of a shop's bundle recommendations, best rank first (ties by bundle key), filtered by any
 * of objective, type, review status, publishing wave and the generation that wrote them (a running
 * generation's partial results).
 */
public record RecommendationQuery(ShopId shop, Optional<Objective> objective, Optional<BundleType> type,
                                  Optional<ReviewStatus> status, OptionalInt wave, Optional<JobId> run, int limit,
                                  Optional<After> after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public RecommendationQuery {
        InvalidInputException.require(shop != null, "shop_id", "is required");
        objective = objective == null ? Optional.empty() : objective;
        type = type == null ? Optional.empty() : type;
        status = status == null ? Optional.empty() : status;
        wave = wave == null ? OptionalInt.empty() : wave;
        run = run == null ? Optional.empty() : run;
        after = after == null ? Optional.empty() : after;
        if (wave.isPresent()) {
            InvalidInputException.require(wave.getAsInt() >= 1, "wave", "counts from 1, but was " + wave.getAsInt());
        }
        InvalidInputException.require(limit >= 1 && limit <= MAX_LIMIT, "limit",
                "must be between 1 and " + MAX_LIMIT + ", but was " + limit);
    }

    public RecommendationQuery withLimit(int newLimit) {
        return new RecommendationQuery(shop, objective, type, status, wave, run, newLimit, after);
    }

    public RecommendationQuery withAfter(After newAfter) {
        return new RecommendationQuery(shop, objective, type, status, wave, run, limit, Optional.of(newAfter));
    }

    /** All of a shop's recommendations, first page. */
    public static RecommendationQuery all(ShopId shop, int limit) {
        return new RecommendationQuery(shop, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), limit, Optional.empty());
    }

    /** Where a page ended: the next starts after this rank and key. */
    public record After(int rank, BundleKey key) {
        public static After of(BundleRecommendation last) {
            return new After(last.rank(), last.key());
        }

        public String text() {
            return PageCursor.encode(rank, key.value());
        }

        public static After parse(String text) {
            return PageCursor.decode(text, 2, parts -> new After(Integer.parseInt(parts[0]), new BundleKey(parts[1])));
        }
    }
}
