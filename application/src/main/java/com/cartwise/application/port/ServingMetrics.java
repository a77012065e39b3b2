package com.cartwise.application.port;

import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;

/** What the in-memory model cache reports for operators. Bootstrap records it as metrics. */
public interface ServingMetrics {
    /** For caches nobody measures (tests, benchmarks). */
    ServingMetrics NONE = new ServingMetrics() {
        @Override
        public void hit() {
        }

        @Override
        public void miss() {
        }

        @Override
        public void servedChanged(List<Served> served) {
        }
    };

    /** A request found its shop's model in memory. */
    void hit();

    /** A request had to ask the model store (a shop's first request, one after an eviction, or a shop without a model). */
    void miss();

    /** The models in memory now, after one was loaded, replaced or dropped. */
    void servedChanged(List<Served> served);

    /** One shop's model in memory. */
    record Served(ShopId shop, long version, long bytes, Instant trainedAt) {
    }
}
