package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.CoOccurrence;
import com.cartwise.domain.mining.FpGrowth;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.Itemset;
import com.cartwise.domain.mining.MinSupport;
import com.cartwise.domain.mining.MiningParameters;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.RuleMiner;
import com.cartwise.domain.mining.RuleParameters;
import com.cartwise.domain.mining.TidLists;
import com.cartwise.domain.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.List;

/** The three sources that rest on orders: association rules, co-visitation and the recommender's pairs. */
final class EvidenceSources {
    private final CandidateSettings settings;

    EvidenceSources(CandidateSettings settings) {
        this.settings = settings;
    }

    /** Rules by FP-Growth, each with at least {@code minOrdersTogether} orders; their sets go into {@code groups}. */
    List<VariantRule> rules(TransactionDatabase db, ItemGroups groups, Progress progress) {
        MiningParameters parameters = new MiningParameters(MinSupport.fraction(settings.minSupport()), settings.maxBundleSize(),
                settings.miningLimits());
        FrequentItemsets itemsets = FpGrowth.mine(db, parameters, progress.slice(0, 0.7));
        List<AssociationRule> rules = RuleMiner.rules(itemsets, RuleParameters.minConfidence(settings.minConfidence()),
                progress.slice(0.7, 1));
        List<VariantRule> variantRules = new ArrayList<>();
        for (AssociationRule rule : rules) {
            if (rule.supportCount() >= settings.minOrdersTogether()) {
                variantRules.add(new VariantRule(external(rule.antecedent(), db), external(rule.consequent(), db), rule));
                groups.add(external(rule.items(), db), CandidateSource.ASSOCIATION_RULE);
            }
        }
        return variantRules;
    }

    void coVisitation(TidLists tids, ItemGroups groups, Progress progress) {
        TransactionDatabase db = tids.database();
        for (CoOccurrence.Pair pair : CoOccurrence.topNeighbours(tids, settings.neighboursPerVariant(), settings.minOrdersTogether(), progress)) {
            groups.add(List.of(db.externalId(pair.first()), db.externalId(pair.second())), CandidateSource.CO_VISITATION);
        }
    }

    static void recommender(List<RecommenderPair> pairs, ShopProfile shop, ItemGroups groups) {
        for (RecommenderPair pair : pairs) {
            if (shop.variants().containsKey(pair.variantA()) && shop.variants().containsKey(pair.variantB())) {
                groups.add(List.of(pair.variantA(), pair.variantB()), CandidateSource.RECOMMENDER);
            }
        }
    }

    private static List<Long> external(Itemset itemset, TransactionDatabase db) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < itemset.size(); i++) {
            ids.add(db.externalId(itemset.item(i)));
        }
        return ids;
    }
}
