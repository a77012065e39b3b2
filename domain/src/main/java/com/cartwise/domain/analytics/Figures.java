package com.cartwise.domain.analytics;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.recommend.Source;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The rows of the analytics reports, each a dimension and its figures. */
public final class Figures {
    private Figures() {
    }

    public record BySource(Source source, Acceptance acceptance) {
    }

    public record ByVariant(long variantId, Acceptance acceptance) {
    }

    /** A recommended variant shown for a cart holding {@code cartVariantId}. */
    public record Pair(long cartVariantId, long variantId, Acceptance acceptance) {
    }

    public record Bundle(BundleKey bundleKey, long views, long purchases, BigDecimal revenue) {
        public Bundle {
            InvalidInputException.require(views >= 0 && purchases >= 0 && revenue != null, "bundle", "figures must not be negative");
        }

        /** purchases / views; 0 when never viewed. */
        public double conversion() {
            return views == 0 ? 0 : (double) purchases / views;
        }
    }

    /**
     * One bucket of a time series: shown items bucketed by their impression's time (their accepts
     * with them), orders and bundles by their own.
     */
    public record Bucket(LocalDate start, Acceptance acceptance, OrderFigures orders, long bundleViews, long bundlePurchases,
                         BigDecimal bundleRevenue) {
    }
}
