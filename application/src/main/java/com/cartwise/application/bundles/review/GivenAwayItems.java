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
 * at 0) from going live. An item the merchant prices at 0.00 (a free gift) is given away already,
 * by the merchant's choice, and does not stop its bundles.
 */
public final class GivenAwayItems {
    private GivenAwayItems() {
    }

    /**
     * Empty when the bundle may be approved. Otherwise the items it would give away: when it was
     * priced at 0 as a whole, every item but a free gift; else those the catalogue still has no
     * price for. Only items the catalogue still holds are named, so a bundle priced at 0 whose items
     * are all gone names none.
     *
     * @param items the catalogue's variants of the bundle, by id (those it no longer holds absent)
     */
    public static Optional<List<Variant>> of(BundleRecommendation bundle, Map<Long, Variant> items) {
        List<Variant> known = bundle.candidate().variantIds().stream().map(items::get).filter(Objects::nonNull).toList();
        if (bundle.price().unpriced()) {
            // an item priced since the bundle was would still go for nothing: only a free gift may
            List<Variant> notFree = known.stream().filter(v -> !freeGift(v)).toList();
            return notFree.isEmpty() && !known.isEmpty() ? Optional.empty() : Optional.of(notFree);
        }
        List<Variant> unpriced = known.stream().filter(v -> !v.priceGiven()).toList();
        return unpriced.isEmpty() ? Optional.empty() : Optional.of(unpriced);
    }

    private static boolean freeGift(Variant variant) {
        return variant.priceGiven() && variant.price().amount().signum() == 0;
    }
}
