package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A bundle made live, as it was approved: active or taken off, and when. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ActiveBundleJson(String bundleKey, String jobId, String status, Instant activatedAt, @Nullable Instant deactivatedAt,
                               BundleJson bundle, Links links) {

    static ActiveBundleJson of(ShopId shop, ActiveBundle b, Map<Long, Variant> catalogue) {
        String self = BundlePaths.active(shop, b.key());
        return new ActiveBundleJson(b.key().value(), b.run().toString(), b.status().wireName(), b.activatedAt(),
                b.deactivatedAt().orElse(null), BundleJson.of(b.proposal(), catalogue),
                new Links(self, self + "/deactivate", BundlePaths.recommendation(shop, b.key())));
    }

    static Page page(ShopId shop, List<ActiveBundle> page, Map<Long, Variant> catalogue, int limit) {
        return new Page(page.stream().map(b -> of(shop, b, catalogue)).toList(),
                page.size() == limit ? ActiveBundleQuery.After.of(page.getLast()).text() : null);
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Links(String self, String deactivate, String recommendation) {
    }

    /** A page of active bundles, newest activation first; {@code next_cursor} asks for the next page (null on the last). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Page(List<ActiveBundleJson> activeBundles, @Nullable String nextCursor) {
    }
}
