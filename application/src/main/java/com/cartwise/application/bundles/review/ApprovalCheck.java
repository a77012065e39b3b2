package com.cartwise.application.bundles.review;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.pricing.ListPrice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a proposed bundle may be approved as it was priced: the one home of the refusals an
 * approval can meet, which a listing also shows before the merchant tries. A bundle is priced
 * once, at generation, from its items' prices then; it may not go live giving an item away
 * ({@link GivenAwayItems}), nor at a price worked out from prices the catalogue no longer has (a
 * products export imported since changed them: the bundle could then cost more than its items,
 * or give more off than the pricing allowed).
 */
public final class ApprovalCheck {
    private ApprovalCheck() {
    }

    /** Why an approval is refused. */
    public sealed interface Refusal {
        /** It would give these items away (none named when its items are all gone from the catalogue). */
        record GivesAway(List<Variant> items) implements Refusal {
            public GivesAway {
                items = List.copyOf(items);
            }
        }

        /** Its items cost {@code then} together when it was priced, and {@code now} at the catalogue's prices. */
        record PricesChanged(BigDecimal then, BigDecimal now) implements Refusal {
        }
    }

    /**
     * Empty when the bundle may be approved. Prices are compared only when the catalogue still
     * holds every item: one gone has no price to compare, and the listing marks it
     * ({@code in_catalogue} false), as the export marks the bundle unavailable.
     *
     * @param items the catalogue's variants of the bundle, by id (those it no longer holds absent)
     */
    public static Optional<Refusal> of(BundleRecommendation bundle, Map<Long, Variant> items) {
        Optional<List<Variant>> givenAway = GivenAwayItems.of(bundle, items);
        if (givenAway.isPresent()) {
            return Optional.of(new Refusal.GivesAway(givenAway.get()));
        }
        return pricesChanged(bundle.candidate(), bundle.price(), items).map(Refusal.class::cast);
    }

    /**
     * Whether the catalogue prices the bundle's items otherwise than when it was priced: empty when
     * they still cost its list price together, or when an item is gone (no price to compare). The
     * export asks it of live bundles too, which keep the price they were approved at.
     */
    public static Optional<Refusal.PricesChanged> pricesChanged(Candidate candidate, BundlePrice price, Map<Long, Variant> items) {
        List<Variant> known = candidate.variantIds().stream().map(items::get).toList();
        if (known.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        BigDecimal now = ListPrice.of(candidate.type(), known.stream().map(v -> v.price().amount()).toList(), price.currency());
        return now.compareTo(price.listPrice()) == 0 ? Optional.empty() : Optional.of(new Refusal.PricesChanged(price.listPrice(), now));
    }
}
