package com.cartwise.rest.bundles;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles.ExportedBundle;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.rest.recommend.RecommendForCartResponse.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop's active bundles as a storefront (a theme section, a bundle app's import) takes them: the
 * copy, the offer and the prices, and each item by every key the storefront may know it by.
 * {@code available} is false when an item cannot be sold now (out of stock, archived, deleted);
 * {@code prices_current} is false when the items' prices changed since the bundle was priced, so
 * its price no longer means the discount it was approved with: a storefront should not sell it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportJson(String shopId, Instant exportedAt, List<Bundle> bundles) {

    static ExportJson of(ShopId shop, Instant at, List<ExportedBundle> exported) {
        return new ExportJson(shop.value(), at, exported.stream().map(Bundle::of).toList());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Bundle(String bundleKey, boolean available, boolean pricesCurrent, String type, String objective, String title, String description,
                         String tagline, Money listPrice, Money price, String discount, OfferJson offer, List<BundleJson.ItemJson> items,
                         Instant activatedAt) {
        static Bundle of(ExportedBundle exported) {
            ActiveBundle b = exported.bundle();
            BundlePrice p = b.price();
            String currency = p.currency().getCurrencyCode();
            return new Bundle(b.key().value(), exported.available(), exported.pricesCurrent(), b.candidate().type().wireName(), b.candidate().objective().wireName(),
                    b.proposal().copy().title(), b.proposal().copy().description(), b.proposal().copy().tagline(),
                    BundleJson.money(p.listPrice(), currency), BundleJson.money(p.price(), currency), p.effectiveRate().value().toPlainString(),
                    OfferJson.of(p.offer()), BundleJson.ItemJson.of(b.candidate(), byId(exported.items())), b.activatedAt());
        }

        private static Map<Long, Variant> byId(List<Variant> items) {
            Map<Long, Variant> byId = new HashMap<>();
            items.forEach(v -> byId.put(v.id(), v));
            return byId;
        }
    }
}
