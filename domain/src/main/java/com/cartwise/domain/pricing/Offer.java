package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/** What the shopper is offered; each bundle type has its own shape. */
public sealed interface Offer {
    /** FBT: the whole set at a percentage off. */
    record PercentOff(DiscountRate rate) implements Offer {
    }

    /** Mix-and-match: any {@code picks} of the set at a percentage off. */
    record PickAny(int picks, DiscountRate rate) implements Offer {
        public PickAny {
            InvalidInputException.require(picks >= 2, "picks", "a pick is at least 2, but was " + picks);
        }
    }

    /** Volume: the more units, the larger the discount on each. */
    record QuantityBreaks(List<Tier> tiers) implements Offer {
        public QuantityBreaks {
            tiers = List.copyOf(tiers);
            InvalidInputException.require(!tiers.isEmpty(), "tiers", "at least one quantity break");
        }
    }

    /** Buy one {@code buyVariant}, get one {@code getVariant} (possibly the same) at {@code getDiscount} off. */
    record BuyOneGetOne(long buyVariant, long getVariant, DiscountRate getDiscount) implements Offer {
    }

    /** One quantity break: from {@code quantity} units, each at {@code unitPrice} ({@code rate} off). */
    record Tier(int quantity, DiscountRate rate, BigDecimal unitPrice) {
        public Tier {
            InvalidInputException.require(quantity >= 2, "quantity", "a break starts at 2 units, but was " + quantity);
        }
    }
}
