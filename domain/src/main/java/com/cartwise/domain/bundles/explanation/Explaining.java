package com.cartwise.domain.bundles.explanation;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.objectives.FlagThresholds;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.pricing.PricedBundle;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 7 of bundle generation: why each bundle, from its evidence (orders together and lift,
 * or that it is a fallback), its objective (the flag or figure that qualified it: stock cover,
 * season, launch date, margin) and its price's basis.
 */
public final class Explaining {
    private final FlagThresholds thresholds;

    public Explaining(FlagThresholds thresholds) {
        InvalidInputException.require(thresholds != null, "flag_thresholds", "are required");
        this.thresholds = thresholds;
    }

    public List<ExplainedBundle> explain(List<PricedBundle> priced, FlaggedShop shop, Progress progress) {
        ObjectiveWording objectives = new ObjectiveWording(shop, thresholds);
        List<ExplainedBundle> explained = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            if ((i & 255) == 0) {
                progress.advance(i, priced.size());
            }
            PricedBundle bundle = priced.get(i);
            Candidate candidate = bundle.ranked().candidate();
            List<String> reasons = new ArrayList<>();
            EvidenceWording.of(candidate, shop.profile()).ifPresent(reasons::add);
            objectives.of(candidate, bundle.price()).ifPresent(reasons::add);
            reasons.add(PriceWording.of(bundle.price(), candidate.objective()));
            explained.add(new ExplainedBundle(bundle, new Explanation(reasons)));
        }
        progress.report(1.0);
        return explained;
    }
}
