package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.TidLists;
import com.cartwise.domain.mining.TransactionDatabase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Phase 3 of bundle generation: variant sets from association rules (FP-Growth), co-visitation
 * and the recommender's pairs, completed by the fallback ladder when the orders say too little,
 * then shaped into typed candidates per objective. Every candidate carries evidence counted the
 * same way from the shop's baskets, whatever proposed it.
 */
public final class CandidateGeneration {
    private final CandidateSettings settings;

    public CandidateGeneration(CandidateSettings settings) {
        InvalidInputException.require(settings != null, "candidate_settings", "are required");
        this.settings = settings;
    }

    /**
     * @throws com.cartwise.domain.mining.MiningLimitExceededException when mining hits a guard
     * @throws com.cartwise.domain.mining.WorkCancelledException       when cancelled at a checkpoint
     */
    public CandidateSet generate(CandidateRequest request, Progress progress) {
        TransactionDatabase db = BasketDatabase.of(request.orders(), request.shop().profile().asOf());
        TidLists tids = TidLists.of(db);
        progress.report(0.05);
        ItemGroups groups = new ItemGroups();
        EvidenceSources sources = new EvidenceSources(settings);
        List<VariantRule> rules = sources.rules(db, groups, progress.slice(0.05, 0.35));
        sources.coVisitation(tids, groups, progress.slice(0.35, 0.55));
        EvidenceSources.recommender(request.recommenderPairs(), request.shop().profile(), groups);
        groups.retainKnown(request.shop().profile().variants()::containsKey);
        int evidenceSets = groups.size();
        progress.checkpoint();
        int fallbackSets = new FallbackLadder(settings).extend(request.shop(), request.objectives(), groups, evidenceSets);
        progress.report(0.6);
        Set<Objective> objectives = EnumSet.copyOf(request.objectives());
        var candidates = new BundleShaper(settings).shape(groups, request.shop(), new ShopEvidence(db, tids), objectives, request.types(),
                progress.slice(0.6, 1));
        return new CandidateSet(candidates, rules, evidenceSets, fallbackSets);
    }
}
