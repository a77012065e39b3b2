package com.cartwise.application.port;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.StoredRule;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.candidates.VariantRule;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** The association rules each shop's latest generation mined, for the rules API. */
public interface AssociationRules {

    /** Replaces the shop's rules by these, in this order (their ordinals), all at once. */
    void replace(ShopId shop, JobId run, List<VariantRule> rules);

    List<StoredRule> list(RuleQuery query);
}
