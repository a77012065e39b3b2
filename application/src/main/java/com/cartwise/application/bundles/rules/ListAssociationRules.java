package com.cartwise.application.bundles.rules;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.StoredRule;
import com.cartwise.application.bundles.items.BundleVariants;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The association rules of the shop's latest generation ("Ski Wax => Skis, confidence 0.68, lift
 * 4.2"), strongest first by lift or confidence, optionally only those holding one variant.
 */
public final class ListAssociationRules {
    private final Shops shops;
    private final AssociationRules rules;
    private final BundleVariants variants;

    public ListAssociationRules(Shops shops, AssociationRules rules, BundleVariants variants) {
        this.shops = shops;
        this.rules = rules;
        this.variants = variants;
    }

    public Result execute(RuleQuery query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Result.ShopNotFound(query.shop());
        }
        List<StoredRule> page = rules.list(query);
        return new Result.Listed(page, variants.of(query.shop(), page.stream()
                .map(r -> Stream.concat(r.rule().antecedent().stream(), r.rule().consequent().stream()).toList())
                .toList()));
    }

    public sealed interface Result {
        record Listed(List<StoredRule> rules, Map<Long, Variant> variants) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }
    }
}
