package com.cartwise.domain.pricing;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.ranking.ReferenceBasket;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * What a bundle's reference basket ({@link ReferenceBasket}) costs at its items' own prices: one
 * of each (FBT; BOGO of two variants), two of the one variant (BOGO of one), three (volume, the
 * largest break), the two cheapest (mix-and-match, the list price it starts "from"). The one home
 * of that sum, for pricing a bundle and for checking, at its approval, that the prices it was
 * priced on still hold.
 */
public final class ListPrice {
    /** Units of the one variant a volume bundle's list price is for: its largest break. */
    public static final int VOLUME_UNITS = 3;

    private ListPrice() {
    }

    /** Unrounded. @param prices the items' prices, aligned with the candidate's variants */
    public static BigDecimal of(BundleType type, List<BigDecimal> prices) {
        return switch (type) {
            case FBT -> sum(prices);
            case MIX_AND_MATCH -> sum(prices.stream().sorted().limit(ReferenceBasket.MIX_AND_MATCH_PICKS).toList());
            case VOLUME -> prices.getFirst().multiply(BigDecimal.valueOf(VOLUME_UNITS));
            case BOGO -> prices.size() == 1 ? prices.getFirst().multiply(BigDecimal.TWO) : sum(prices);
        };
    }

    /** Rounded as a bundle's list price is ({@link Money}). */
    public static BigDecimal of(BundleType type, List<BigDecimal> prices, Currency currency) {
        return new Money(currency).round(of(type, prices));
    }

    private static BigDecimal sum(List<BigDecimal> prices) {
        return prices.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
