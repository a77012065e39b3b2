package com.cartwise.domain.pricing;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.enrichment.DiscountHistory;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.mining.Progress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Phase 6 of bundle generation. For each ranked bundle:
 * <ol>
 * <li>prior: the discount history of its variants shrunk toward their categories' and the shop's
 *     ({@link DiscountShrinkage}); without any history, the similarity default (less discount for
 *     products that belong together); rounded to a whole percent and clamped to the objective's
 *     caps;</li>
 * <li>the bandit may replace it by an arm within the caps ({@link DiscountBandit});</li>
 * <li>the offer of its type at that rate, never below cost ({@link OfferPricing}).</li>
 * </ol>
 */
public final class Pricing {
    private final PricingPolicy policy;

    public Pricing(PricingPolicy policy) {
        InvalidInputException.require(policy != null, "pricing_policy", "is required");
        this.policy = policy;
    }

    public List<PricedBundle> price(List<RankedCandidate> ranked, ShopProfile shop, List<BundleOutcome> outcomes, Progress progress) {
        OfferPricing offers = new OfferPricing(shop);
        DiscountBandit bandit = new DiscountBandit(policy.bandit());
        ArmStatistics stats = ArmStatistics.of(outcomes);
        List<PricedBundle> priced = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if ((i & 255) == 0) {
                progress.advance(i, ranked.size());
            }
            RankedCandidate r = ranked.get(i);
            Candidate candidate = r.candidate();
            CapRange caps = policy.caps().of(candidate.objective());
            DiscountBandit.Choice prior = prior(r, shop, caps);
            DiscountBandit.Choice choice = bandit.choose(candidate.key(), candidate.objective(), caps, prior, stats);
            priced.add(new PricedBundle(r, offers.price(candidate, choice.rate(), choice.basis(), caps)));
        }
        progress.report(1.0);
        return priced;
    }

    /** Every bundle at one fixed discount (quick start), still never below cost. */
    public static List<PricedBundle> fixed(List<RankedCandidate> ranked, ShopProfile shop, DiscountRate rate) {
        OfferPricing offers = new OfferPricing(shop);
        CapRange only = new CapRange(rate, rate);
        return ranked.stream().map(r -> new PricedBundle(r, offers.price(r.candidate(), rate, DiscountBasis.FIXED, only))).toList();
    }

    DiscountBandit.Choice prior(RankedCandidate ranked, ShopProfile shop, CapRange caps) {
        DiscountHistory own = DiscountHistory.NONE;
        Set<String> categories = new LinkedHashSet<>();
        for (long id : ranked.candidate().variantIds()) {
            own = own.plus(shop.variant(id).sales().discounts());
            categories.add(shop.variant(id).category());
        }
        DiscountHistory category = DiscountHistory.NONE;
        for (String c : categories) {
            category = category.plus(shop.discountsOf(c));
        }
        OptionalDouble shrunk = policy.shrinkage().estimate(own, category, shop.shopDiscounts());
        if (shrunk.isPresent()) {
            return new DiscountBandit.Choice(caps.clamp(DiscountRate.wholePercentNear(shrunk.getAsDouble())), DiscountBasis.SHRUNK_HISTORY);
        }
        double similar = policy.similarityDiscount(ranked.features().coVisitation());
        return new DiscountBandit.Choice(caps.clamp(DiscountRate.wholePercentNear(similar)), DiscountBasis.SIMILARITY_DEFAULT);
    }
}
