package com.cartwise.domain.bundles.copy;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.bundles.explanation.Wording;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.pricing.BundlePrice;
import java.util.List;

/**
 * Everything a copy writer may use, and nothing else: the bundle's type, objective, products,
 * price and explanation. Its {@link #contentHash()} is the cache key of the copy: the same brief
 * always gets the same copy, and any change that a writer could reflect (a price, a name, the
 * explanation) gives a new key.
 *
 * @param productNames the variants' display names, in the bundle's order
 * @param priceText    "350.20 EUR"
 * @param listPriceText "412.00 EUR"
 * @param offerText    "15% off", "second free", "2 at 10% off, 3 at 15% off"
 */
public record CopyBrief(BundleType type, Objective objective, List<String> productNames, String category, String priceText,
                        String listPriceText, String offerText, String explanation) {
    public CopyBrief {
        InvalidInputException.require(type != null && objective != null, "copy_brief", "needs a type and an objective");
        InvalidInputException.require(productNames != null && !productNames.isEmpty(), "product_names", "at least one product");
        productNames = List.copyOf(productNames);
        category = category == null ? "" : category;
    }

    public static CopyBrief of(ExplainedBundle bundle, ShopProfile shop) {
        var candidate = bundle.priced().ranked().candidate();
        BundlePrice price = bundle.priced().price();
        List<String> names = candidate.variantIds().stream().map(id -> shop.variant(id).entry().displayName()).toList();
        return new CopyBrief(candidate.type(), candidate.objective(), names, shop.variant(candidate.variantIds().get(0)).category(),
                Wording.money(price.price(), price.currency()), Wording.money(price.listPrice(), price.currency()),
                Wording.offer(price.offer()), bundle.explanation().text());
    }

    /** SHA-256 (hex) of every field, one per line, after a format version: the copy cache key. */
    public String contentHash() {
        return BundleKey.sha256Hex(String.join("\n", "copy-brief-v1", type.wireName(), objective.wireName(), String.join("\u001f", productNames),
                category, priceText, listPriceText, offerText, explanation));
    }
}
