package com.cartwise.domain.bundles.ranking;

import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.enrichment.SalesFigures;
import com.cartwise.domain.bundles.enrichment.StockCover;
import com.cartwise.domain.bundles.enrichment.VariantProfile;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import java.util.List;

/**
 * The features of a candidate, each in [0, 1] (constants in {@link FeatureScales}):
 * <ul>
 * <li>confidence: max over variants a of WilsonLower(n(S), n(a)), the rule's confidence shrunk
 *     by its evidence;</li>
 * <li>co-visitation: n(S) / (Π n(a))^(1/k), the cosine for a pair;</li>
 * <li>lift: 1 − 1/L for L > 1, else 0, where L is the lift with its confidence replaced by the
 *     Wilson bound (so lift 2 scores 0.5, lift 4 scores 0.75, and a lift from 2 orders little);</li>
 * <li>inventory: the mean over variants of min(1, cover / coverHorizon), not selling 1,
 *     untracked 0.5, sold out 0;</li>
 * <li>price sanity: half balance, min(1, (cheapest / dearest) / priceRatioFloor), half margin
 *     headroom, clamp((list − cost) / list / marginTarget, 0, 1), 0.5 when a cost is unknown.</li>
 * </ul>
 * A mix-and-match set is a pick of any two, so its confidence, co-visitation and lift are the
 * means over its pairs. A single variant (volume, BOGO of one) is about buying more of it: its
 * confidence is WilsonLower(lines of 2+ units, lines), its co-visitation the raw share of such
 * lines, its lift 0.
 */
public final class FeatureScoring {
    private final FeatureScales scales;
    private final FlaggedShop shop;

    public FeatureScoring(FeatureScales scales, FlaggedShop shop) {
        this.scales = scales;
        this.shop = shop;
    }

    public Features score(Candidate candidate) {
        Evidence evidence = candidate.evidence();
        double confidence;
        double coVisitation;
        double lift;
        if (ReferenceBasket.isSingleVariant(candidate)) {
            SalesFigures sales = variant(candidate.variantIds().get(0)).sales();
            confidence = scales.wilsonLowerBound(sales.multiUnitLines(), sales.lines());
            coVisitation = sales.multiUnitShare();
            lift = 0;
        } else if (ReferenceBasket.isPickAny(candidate)) {
            confidence = evidence.meanOverPairs(this::confidence);
            coVisitation = evidence.meanOverPairs(Evidence::coVisitation);
            lift = evidence.meanOverPairs(this::lift);
        } else {
            confidence = confidence(evidence);
            coVisitation = evidence.coVisitation();
            lift = lift(evidence);
        }
        return new Features(confidence, coVisitation, lift, inventory(candidate), priceSanity(candidate));
    }

    public BundleOutlook outlook(Candidate candidate, Features features) {
        List<Double> quantities = ReferenceBasket.quantities(candidate);
        double list = 0;
        double cost = 0;
        boolean costKnown = true;
        double risk = 0;
        for (int i = 0; i < quantities.size(); i++) {
            VariantProfile v = variant(candidate.variantIds().get(i));
            list += quantities.get(i) * v.entry().price().doubleValue();
            if (v.entry().cost() == null) {
                costKnown = false;
            } else {
                cost += quantities.get(i) * v.entry().cost().doubleValue();
            }
            risk += stockoutRisk(v.cover());
        }
        return new BundleOutlook(list * features.confidence(), costKnown ? features.confidence() * (list - cost) : 0,
                risk / quantities.size());
    }

    double confidence(Evidence evidence) {
        double best = 0;
        for (int n : evidence.variantOrders()) {
            best = Math.max(best, scales.wilsonLowerBound(evidence.together(), n));
        }
        return best;
    }

    double lift(Evidence evidence) {
        if (evidence.together() == 0) {
            return 0;
        }
        double shrink = 0;
        for (int n : evidence.variantOrders()) {
            shrink = Math.max(shrink, scales.wilsonLowerBound(evidence.together(), n) / ((double) evidence.together() / n));
        }
        double shrunk = evidence.lift() * shrink;
        return shrunk > 1 ? 1 - 1 / shrunk : 0;
    }

    private double inventory(Candidate candidate) {
        double sum = 0;
        for (long id : candidate.variantIds()) {
            sum += switch (variant(id).cover()) {
                case StockCover.Days days -> Math.min(1, days.days() / scales.coverHorizonDays());
                case StockCover.NotSelling notSelling -> 1;
                case StockCover.Untracked untracked -> 0.5;
                case StockCover.SoldOut soldOut -> 0;
            };
        }
        return sum / candidate.variantIds().size();
    }

    private double stockoutRisk(StockCover cover) {
        return switch (cover) {
            case StockCover.Days days -> Math.max(0, 1 - days.days() / scales.stockoutHorizonDays());
            case StockCover.NotSelling notSelling -> 0;
            case StockCover.Untracked untracked -> 0;
            case StockCover.SoldOut soldOut -> 1;
        };
    }

    private double priceSanity(Candidate candidate) {
        double cheapest = Double.MAX_VALUE;
        double dearest = 0;
        double list = 0;
        double cost = 0;
        boolean costKnown = true;
        List<Double> quantities = ReferenceBasket.quantities(candidate);
        for (int i = 0; i < quantities.size(); i++) {
            VariantProfile v = variant(candidate.variantIds().get(i));
            double price = v.entry().price().doubleValue();
            cheapest = Math.min(cheapest, price);
            dearest = Math.max(dearest, price);
            list += quantities.get(i) * price;
            if (v.entry().cost() == null) {
                costKnown = false;
            } else {
                cost += quantities.get(i) * v.entry().cost().doubleValue();
            }
        }
        double balance = dearest == 0 ? 1 : Math.min(1, cheapest / dearest / scales.priceRatioFloor());
        double headroom = !costKnown || list == 0 ? 0.5 : Math.max(0, Math.min(1, (list - cost) / list / scales.marginTarget()));
        return 0.5 * balance + 0.5 * headroom;
    }

    private VariantProfile variant(long id) {
        return shop.profile().variant(id);
    }
}
