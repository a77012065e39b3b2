package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.enrichment.PriceBand;
import com.cartwise.domain.bundles.enrichment.VariantProfile;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ProductFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Bundles for a shop whose orders cannot yet say what sells together (a first install with 30
 * orders), and for flagged products no order pairs with (a launch has no sales yet). Each anchor
 * gets one partner from the first rung that has one:
 * <ol>
 * <li>the same category, in the complementary price band (a high-band anchor takes a mid-band
 *     add-on, mid takes low, low takes mid): the classic "skis with wax";</li>
 * <li>the same vendor, complementary band;</li>
 * <li>the shop's best seller, in another band if there is one.</li>
 * </ol>
 * Within a rung the partner is the best seller that is another product, in the preferred band,
 * else in any other band. Anchors are the {@code fallbackAnchors} best sellers when fewer than
 * {@code minEvidenceGroups} sets have evidence, plus up to {@code fallbackAnchors} products of
 * each flag a targeted objective needs (launch, slow mover, seasonal) that are in no set.
 */
final class FallbackLadder {
    /** Most units first; for the unsold, dearest first (the natural anchor); then lowest id. */
    static final Comparator<VariantProfile> BEST_SELLERS = Comparator.comparingLong((VariantProfile v) -> -v.sales().units())
            .thenComparing(v -> v.entry().price(), Comparator.reverseOrder()).thenComparingLong(VariantProfile::variantId);

    private final CandidateSettings settings;

    FallbackLadder(CandidateSettings settings) {
        this.settings = settings;
    }

    /** Adds the ladder's pairs to {@code groups}; returns how many sets it added. */
    int extend(FlaggedShop shop, Set<Objective> objectives, ItemGroups groups, int evidenceGroups) {
        List<VariantProfile> sellable = shop.profile().variants().values().stream().filter(v -> v.entry().sellable())
                .sorted(BEST_SELLERS).toList();
        Set<Long> anchors = anchors(shop, objectives, groups, evidenceGroups, sellable);
        Map<String, List<VariantProfile>> byCategory = pools(sellable, VariantProfile::category);
        Map<String, List<VariantProfile>> byVendor = pools(sellable, v -> v.entry().vendor());
        int before = groups.size();
        for (long anchorId : anchors) {
            VariantProfile anchor = shop.profile().variant(anchorId);
            Optional<VariantProfile> partner = partner(anchor, byCategory.getOrDefault(anchor.category(), List.of()));
            CandidateSource rung = CandidateSource.FALLBACK_SAME_CATEGORY;
            if (partner.isEmpty()) {
                partner = partner(anchor, byVendor.getOrDefault(anchor.entry().vendor(), List.of()));
                rung = CandidateSource.FALLBACK_SAME_VENDOR;
            }
            if (partner.isEmpty()) {
                partner = partner(anchor, sellable).or(() -> sellable.stream()
                        .filter(v -> !v.productId().equals(anchor.productId())).findFirst());
                rung = CandidateSource.FALLBACK_BEST_SELLERS;
            }
            if (partner.isPresent()) {
                groups.add(List.of(anchorId, partner.get().variantId()), rung);
            }
        }
        return groups.size() - before;
    }

    private Set<Long> anchors(FlaggedShop shop, Set<Objective> objectives, ItemGroups groups, int evidenceGroups,
                              List<VariantProfile> sellable) {
        Set<Long> anchors = new LinkedHashSet<>();
        if (evidenceGroups < settings.minEvidenceGroups()) {
            sellable.stream().limit(settings.fallbackAnchors()).forEach(v -> anchors.add(v.variantId()));
        }
        Set<Long> paired = groups.variants();
        for (ProductFlag flag : neededFlags(objectives)) {
            sellable.stream().filter(v -> shop.has(v.variantId(), flag) && !paired.contains(v.variantId()))
                    .limit(settings.fallbackAnchors()).forEach(v -> anchors.add(v.variantId()));
        }
        return anchors;
    }

    private static List<ProductFlag> neededFlags(Set<Objective> objectives) {
        List<ProductFlag> flags = new ArrayList<>();
        if (objectives.contains(Objective.NEW_LAUNCH)) {
            flags.add(ProductFlag.NEW_LAUNCH);
        }
        if (objectives.contains(Objective.CLEAR_SLOW_MOVERS)) {
            flags.add(ProductFlag.SLOW_MOVER);
        }
        if (objectives.contains(Objective.SEASONAL_PROMO)) {
            flags.add(ProductFlag.SEASONAL);
        }
        return flags;
    }

    private static Map<String, List<VariantProfile>> pools(List<VariantProfile> sellable, Function<VariantProfile, String> key) {
        Map<String, List<VariantProfile>> pools = new HashMap<>();
        for (VariantProfile v : sellable) {
            if (!key.apply(v).isEmpty()) {
                pools.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
            }
        }
        return pools;
    }

    /** The best seller of the pool that is another product, in the complementary band, else in any other band. */
    static Optional<VariantProfile> partner(VariantProfile anchor, List<VariantProfile> pool) {
        PriceBand preferred = complement(anchor.band());
        VariantProfile otherBand = null;
        for (VariantProfile candidate : pool) {
            if (candidate.productId().equals(anchor.productId()) || candidate.band() == anchor.band()) {
                continue;
            }
            if (candidate.band() == preferred) {
                return Optional.of(candidate);
            }
            if (otherBand == null) {
                otherBand = candidate;
            }
        }
        return Optional.ofNullable(otherBand);
    }

    static PriceBand complement(PriceBand band) {
        return switch (band) {
            case HIGH -> PriceBand.MID;
            case MID -> PriceBand.LOW;
            case LOW -> PriceBand.MID;
        };
    }
}
