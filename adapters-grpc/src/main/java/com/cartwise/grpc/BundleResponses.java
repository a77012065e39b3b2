package com.cartwise.grpc;

import com.cartwise.application.bundles.cart.CartBundle;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.explanation.Wording;
import com.cartwise.domain.bundles.ranking.ReferenceBasket;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.grpc.wire.VariantKeysMessages;
import com.cartwise.proto.v1.BundleItem;
import com.cartwise.proto.v1.ListBundlesForCartResponse;
import com.cartwise.proto.v1.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Turns the bundles found for a cart into the wire messages, member for member as the REST twin shows them. */
final class BundleResponses {
    private BundleResponses() {
    }

    static ListBundlesForCartResponse toResponse(FindBundlesForCart.Result.Found found) {
        ListBundlesForCartResponse.Builder response = ListBundlesForCartResponse.newBuilder()
                .setRecommendationId(found.recommendationId().value());
        for (CartBundle offered : found.bundles()) {
            response.addBundles(toBundle(offered, found.variants()));
        }
        return response.build();
    }

    private static com.cartwise.proto.v1.CartBundle toBundle(CartBundle offered, Map<Long, Variant> variants) {
        Candidate candidate = offered.bundle().candidate();
        BundlePrice price = offered.bundle().price();
        BundleCopy copy = offered.bundle().proposal().copy();
        String currency = price.currency().getCurrencyCode();
        com.cartwise.proto.v1.CartBundle.Builder bundle = com.cartwise.proto.v1.CartBundle.newBuilder()
                .setBundleKey(candidate.key().value())
                .setType(candidate.type().wireName())
                .setObjective(candidate.objective().wireName())
                .setTitle(copy.title())
                .setDescription(copy.description())
                .setTagline(copy.tagline())
                .setListPrice(money(price.listPrice(), currency))
                .setPrice(money(price.price(), currency))
                .setSavings(money(price.savings(), currency))
                .setDiscount(price.effectiveRate().value().toPlainString())
                .setOffer(Wording.offer(price.offer()))
                .addAllExplanation(offered.bundle().proposal().bundle().explanation().reasons());
        List<Integer> units = ReferenceBasket.units(candidate);
        for (int i = 0; i < candidate.variantIds().size(); i++) {
            Variant v = variants.get(candidate.variantIds().get(i));
            bundle.addItems(BundleItem.newBuilder()
                    .setVariant(VariantKeysMessages.of(v))
                    .setProductTitle(v.productTitle())
                    .setVariantTitle(v.variantTitle())
                    .setQuantity(units.get(i))
                    .setUnitPrice(money(v.price().amount(), v.price().currency().getCurrencyCode()))
                    .setInCart(offered.inCart().contains(v.id())));
        }
        return bundle.build();
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.newBuilder().setAmount(amount.toPlainString()).setCurrencyCode(currency).build();
    }
}
