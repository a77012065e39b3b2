package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.cart.CartBundle;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.ranking.ReferenceBasket;
import com.cartwise.domain.bundles.explanation.Wording;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.rest.recommend.RecommendForCartResponse.Money;
import com.cartwise.rest.recommend.RecommendForCartResponse.VariantKeys;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The REST twin of the proto's ListBundlesForCartResponse, member for member in the proto's names,
 * so that a POS extension can switch between gRPC and HTTPS without remapping.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CartBundlesResponse(List<Bundle> bundles, String recommendationId) {

    static CartBundlesResponse of(FindBundlesForCart.Result.Found found) {
        return new CartBundlesResponse(found.bundles().stream().map(b -> Bundle.of(b, found.variants())).toList(),
                found.recommendationId().value());
    }

    /** An active bundle holding some of the cart: what it is, what it costs, which items the cart has and which to add. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Bundle(String bundleKey, String type, String objective, String title, String description, String tagline,
                         List<Item> items, Money listPrice, Money price, Money savings, String discount, String offer,
                         List<String> explanation) {
        static Bundle of(CartBundle offered, Map<Long, Variant> variants) {
            Candidate c = offered.bundle().candidate();
            BundlePrice p = offered.bundle().price();
            String currency = p.currency().getCurrencyCode();
            var copy = offered.bundle().proposal().copy();
            return new Bundle(c.key().value(), c.type().wireName(), c.objective().wireName(), copy.title(), copy.description(),
                    copy.tagline(), Item.of(offered, variants), BundleJson.money(p.listPrice(), currency), BundleJson.money(p.price(), currency),
                    BundleJson.money(p.savings(), currency), p.effectiveRate().value().toPlainString(), Wording.offer(p.offer()),
                    offered.bundle().proposal().bundle().explanation().reasons());
        }
    }

    /** One product of the bundle; {@code in_cart} tells the cart holds it already. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(VariantKeys variant, String productTitle, String variantTitle, int quantity, Money unitPrice, boolean inCart) {
        static List<Item> of(CartBundle offered, Map<Long, Variant> variants) {
            Candidate c = offered.bundle().candidate();
            List<Integer> units = ReferenceBasket.units(c);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < c.variantIds().size(); i++) {
                Variant v = variants.get(c.variantIds().get(i));
                items.add(new Item(VariantKeys.of(v), v.productTitle(), v.variantTitle(), units.get(i),
                        new Money(v.price().amountText(), v.price().currency().getCurrencyCode()), offered.inCart().contains(v.id())));
            }
            return items;
        }
    }
}
