package com.cartwise.application.fakes;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.StoredRule;
import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.domain.bundles.candidates.VariantRule;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link AssociationRules} in memory: each shop's latest rules, replaced whole. */
public final class InMemoryAssociationRules implements AssociationRules {
    private final Map<ShopId, List<StoredRule>> shops = new HashMap<>();

    @Override
    public synchronized void replace(ShopId shop, JobId run, List<VariantRule> rules) {
        List<StoredRule> stored = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            stored.add(new StoredRule(run, i, rules.get(i)));
        }
        shops.put(shop, stored);
    }

    @Override
    public synchronized List<StoredRule> list(RuleQuery q) {
        Comparator<StoredRule> strongestFirst = Comparator.comparingDouble((StoredRule r) -> -q.order().of(r))
                .thenComparingInt(StoredRule::ordinal);
        return shops.getOrDefault(q.shop(), List.of()).stream()
                .filter(r -> q.variant().isEmpty() || r.rule().antecedent().contains(q.variant().getAsLong())
                        || r.rule().consequent().contains(q.variant().getAsLong()))
                .filter(r -> q.after().isEmpty() || q.order().of(r) < q.after().get().value()
                        || q.order().of(r) == q.after().get().value() && r.ordinal() > q.after().get().ordinal())
                .sorted(strongestFirst).limit(q.limit()).toList();
    }
}
