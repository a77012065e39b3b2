package com.cartwise.rest.bundles;

import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.ranking.Features;
import com.cartwise.domain.bundles.ranking.RankedCandidate;
import com.cartwise.domain.bundles.ranking.ReferenceBasket;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.pricing.BundlePrice;
import com.cartwise.rest.recommend.RecommendForCartResponse.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A bundle as the API shows it, whether proposed, active or offered at the till: its products as
 * the catalogue has them now, its price (money as decimal strings, discounts as shares: "0.15"),
 * its offer, why, its copy and the writer of it, and the evidence it was ranked on.
 *
 * @param sources  what proposed it: association_rule, co_visitation, recommender, fallback_same_category ...
 * @param fallback true when only the fallback ladder proposed it: the orders cannot yet show what sells together
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BundleJson(String bundleKey, String type, String objective, List<ItemJson> items, PriceJson price, OfferJson offer,
                         List<String> explanation, CopyJson copy, EvidenceJson evidence, FeaturesJson features, double score, int rank,
                         List<String> sources, boolean fallback) {

    static BundleJson of(ProposedBundle proposal, Map<Long, Variant> catalogue) {
        RankedCandidate ranked = proposal.bundle().priced().ranked();
        Candidate c = ranked.candidate();
        return new BundleJson(c.key().value(), c.type().wireName(), c.objective().wireName(), ItemJson.of(c, catalogue),
                PriceJson.of(proposal.bundle().priced().price()), OfferJson.of(proposal.bundle().priced().price().offer()),
                proposal.bundle().explanation().reasons(), CopyJson.of(proposal.copy()), EvidenceJson.of(c.evidence()),
                FeaturesJson.of(ranked.features()), ranked.score(), ranked.rank(),
                EnumSet.copyOf(c.sources()).stream().map(CandidateSource::wireName).toList(), c.isFallback());
    }

    /**
     * One product of a bundle; the catalogue's fields are null when the variant was deleted since.
     *
     * @param quantity the units of it in one bundle (a volume bundle's largest break; a mix-and-match item 1, any two picked)
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ItemJson(long variantId, @Nullable Long shopifyVariantId, @Nullable String sku, @Nullable String productTitle,
                           @Nullable String variantTitle, int quantity, @Nullable Money unitPrice, boolean inCatalogue) {
        static List<ItemJson> of(Candidate candidate, Map<Long, Variant> catalogue) {
            List<Integer> units = ReferenceBasket.units(candidate);
            List<ItemJson> items = new ArrayList<>();
            for (int i = 0; i < candidate.variantIds().size(); i++) {
                long id = candidate.variantIds().get(i);
                int quantity = units.get(i);
                Variant v = catalogue.get(id);
                items.add(v == null ? new ItemJson(id, null, null, null, null, quantity, null, false)
                        : new ItemJson(id, v.shopifyVariantId(), v.sku(), v.productTitle(), v.variantTitle(), quantity,
                                new Money(v.price().amountText(), v.price().currency().getCurrencyCode()), true));
            }
            return items;
        }
    }

    /**
     * The price of one bundle (the units of its items) before and after the discount.
     *
     * @param discount       the effective discount, (list − price) / list, to four decimals
     * @param discountBasis  shrunk_history, similarity_default, bandit_explore, bandit_exploit or fixed
     * @param limitedByCost  the discount was cut to keep the price at or above cost
     * @param margin         price − cost; null when a cost is unknown
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PriceJson(Money listPrice, Money price, Money savings, String discount, String discountBasis, String discountMin,
                            String discountMax, boolean limitedByCost, @Nullable Money margin) {
        static PriceJson of(BundlePrice p) {
            String currency = p.currency().getCurrencyCode();
            return new PriceJson(money(p.listPrice(), currency), money(p.price(), currency), money(p.savings(), currency),
                    p.effectiveRate().value().toPlainString(), p.basis().wireName(), p.caps().min().value().toPlainString(),
                    p.caps().max().value().toPlainString(), p.limitedByCost(), p.margin() == null ? null : money(p.margin(), currency));
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CopyJson(String title, String description, String tagline, String writer) {
        static CopyJson of(BundleCopy copy) {
            return new CopyJson(copy.title(), copy.description(), copy.tagline(), copy.writer());
        }
    }

    /**
     * What the orders say: {@code orders} N, orders holding every item, each item's orders, each pair's
     * orders ((0,1), (0,2) ... (1,2) ...), and the measures derived from them.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EvidenceJson(int orders, int ordersTogether, List<Integer> variantOrders, List<Integer> pairOrders, double confidence,
                               double lift, double coVisitation) {
        static EvidenceJson of(Evidence e) {
            return new EvidenceJson(e.orders(), e.together(), e.variantOrders(), e.pairTogether(), e.confidence(), e.lift(),
                    e.coVisitation());
        }
    }

    /** The ranking's features, each in [0, 1]. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FeaturesJson(double confidence, double coVisitation, double lift, double inventory, double priceSanity) {
        static FeaturesJson of(Features f) {
            return new FeaturesJson(f.confidence(), f.coVisitation(), f.lift(), f.inventory(), f.priceSanity());
        }
    }

    static Money money(BigDecimal amount, String currency) {
        return new Money(amount.toPlainString(), currency);
    }
}
