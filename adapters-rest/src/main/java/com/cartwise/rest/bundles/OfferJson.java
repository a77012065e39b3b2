package com.cartwise.rest.bundles;

import com.cartwise.domain.bundles.explanation.Wording;
import com.cartwise.domain.pricing.Offer;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * What the shopper is offered, by kind: {@code percent_off} (discount), {@code pick_any} (picks at
 * discount), {@code quantity_breaks} (tiers, unit prices in the bundle's currency), {@code buy_one_get_one} (buy, get at discount). The
 * members of other kinds are null; {@code text} says it in words ("15% off", "any 2 at 12% off").
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OfferJson(String kind, String text, @Nullable String discount, @Nullable Integer picks, @Nullable Long buyVariantId,
                        @Nullable Long getVariantId, @Nullable List<TierJson> tiers) {

    static OfferJson of(Offer offer) {
        String text = Wording.offer(offer);
        return switch (offer) {
            case Offer.PercentOff o -> new OfferJson("percent_off", text, o.rate().value().toPlainString(), null, null, null, null);
            case Offer.PickAny o -> new OfferJson("pick_any", text, o.rate().value().toPlainString(), o.picks(), null, null, null);
            case Offer.BuyOneGetOne o -> new OfferJson("buy_one_get_one", text, o.getDiscount().value().toPlainString(), null,
                    o.buyVariant(), o.getVariant(), null);
            case Offer.QuantityBreaks o -> new OfferJson("quantity_breaks", text, null, null, null, null, o.tiers().stream()
                    .map(t -> new TierJson(t.quantity(), t.rate().value().toPlainString(), t.unitPrice().toPlainString())).toList());
        };
    }

    /** From {@code quantity} units, each at {@code unit_price} ({@code discount} off). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TierJson(int quantity, String discount, String unitPrice) {
    }
}
