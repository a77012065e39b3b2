package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.domain.catalog.Variant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether approving a bundle would give items away, and which: the rule that keeps a bundle of
 * items that came without a price (a basket or transaction file prices an item it never saw priced
 * at 0) from going live.
 */
public final class GivenAwayItems {
    private GivenAwayItems() {
    }

    /**
     * Empty when the bundle may be approved. Otherwise the items it would give away: every item when
     * it was priced at 0 as a whole, else those the catalogue prices at 0 now; only items the
     * catalogue still holds are named, so a bundle priced at 0 whose items are all gone names none.
     *
     * @param items the catalogue's variants of the bundle, by id (those it no longer holds absent)
     */
    public static Optional<List<Variant>> of(BundleRecommendation bundle, Map<Long, Variant> items) {
        List<Variant> known = bundle.candidate().variantIds().stream().map(items::get).filter(Objects::nonNull).toList();
        if (bundle.price().unpriced()) {
            return Optional.of(known);
        }
        List<Variant> free = known.stream().filter(v -> v.price().amount().signum() == 0).toList();
        return free.isEmpty() ? Optional.empty() : Optional.of(free);
    }
}
