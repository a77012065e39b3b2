package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Candidate;
import com.cartwise.domain.bundles.CandidateSource;
import com.cartwise.domain.bundles.Evidence;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.enrichment.VariantProfile;
import com.cartwise.domain.bundles.objectives.FlaggedShop;
import com.cartwise.domain.bundles.objectives.ObjectiveRules;
import com.cartwise.domain.mining.Progress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns proposed variant sets into typed candidates for each targeted objective:
 * <ul>
 * <li>FBT: every set of 2-3, anchor (most orders) first;</li>
 * <li>BOGO: every pair, buying the dearer and getting the cheaper; and every single variant
 *     (buy one, get the same);</li>
 * <li>volume: every single variant;</li>
 * <li>mix-and-match: a "star" per anchor, the anchor and its partners from the pairs it is in,
 *     strongest evidence first, up to {@code maxMixAndMatchSize} variants of distinct products,
 *     when at least three.</li>
 * </ul>
 * Each is kept only if {@link ObjectiveRules} accepts it for the objective.
 */
final class BundleShaper {
    private final CandidateSettings settings;

    BundleShaper(CandidateSettings settings) {
        this.settings = settings;
    }

    List<Candidate> shape(ItemGroups groups, FlaggedShop shop, ShopEvidence evidence, Set<Objective> objectives,
                          Set<BundleType> types, Progress progress) {
        List<Candidate> candidates = new ArrayList<>();
        List<VariantProfile> singles = shop.profile().variants().values().stream().filter(v -> v.entry().sellable())
                .sorted(FallbackLadder.BEST_SELLERS).toList();
        Map<Long, List<Long>> stars = stars(groups, evidence);
        int done = 0;
        for (Objective objective : objectives) {
            progress.advance(done++, objectives.size());
            Set<BundleType> allowed = EnumSet.copyOf(ObjectiveRules.typesFor(objective));
            allowed.retainAll(types);
            Shaping shaping = new Shaping(objective, shop, evidence, candidates);
            for (var group : groups.asMap().entrySet()) {
                if (allowed.contains(BundleType.FBT)) {
                    shaping.offer(BundleType.FBT, anchorFirst(group.getKey(), evidence), group.getValue());
                }
                if (allowed.contains(BundleType.BOGO) && group.getKey().size() == 2) {
                    shaping.offer(BundleType.BOGO, dearerFirst(group.getKey(), shop), group.getValue());
                }
            }
            for (VariantProfile single : singles) {
                for (BundleType type : List.of(BundleType.VOLUME, BundleType.BOGO)) {
                    if (allowed.contains(type)) {
                        shaping.offer(type, List.of(single.variantId()), EnumSet.of(CandidateSource.PRODUCT_FLAGS));
                    }
                }
            }
            if (allowed.contains(BundleType.MIX_AND_MATCH)) {
                stars.forEach((anchor, partners) -> shaping.offer(BundleType.MIX_AND_MATCH, star(anchor, partners, objective, shop),
                        groups.asMap().getOrDefault(pairKey(anchor, partners.get(0)), EnumSet.of(CandidateSource.CO_VISITATION))));
            }
        }
        progress.report(1.0);
        return candidates;
    }

    /** One objective's shaping: keeps what {@link ObjectiveRules} accepts. */
    private record Shaping(Objective objective, FlaggedShop shop, ShopEvidence evidence, List<Candidate> out) {
        void offer(BundleType type, List<Long> variantIds, Set<CandidateSource> sources) {
            if (variantIds.size() >= type.minVariants() && variantIds.size() <= type.maxVariants()
                    && ObjectiveRules.accepts(objective, type, variantIds, shop)) {
                out.add(new Candidate(type, objective, variantIds, sources, evidence.of(variantIds)));
            }
        }
    }

    /** Each variant's partners from the pairs it is in, most orders together first. */
    private static Map<Long, List<Long>> stars(ItemGroups groups, ShopEvidence evidence) {
        Map<Long, List<long[]>> partners = new LinkedHashMap<>();
        for (List<Long> group : groups.asMap().keySet()) {
            if (group.size() == 2) {
                long together = evidence.of(group).together();
                partners.computeIfAbsent(group.get(0), k -> new ArrayList<>()).add(new long[] {group.get(1), together});
                partners.computeIfAbsent(group.get(1), k -> new ArrayList<>()).add(new long[] {group.get(0), together});
            }
        }
        Map<Long, List<Long>> stars = new LinkedHashMap<>();
        partners.forEach((anchor, list) -> {
            if (list.size() >= 2) {
                list.sort(Comparator.comparingLong((long[] p) -> -p[1]).thenComparingLong(p -> p[0]));
                stars.put(anchor, list.stream().map(p -> p[0]).toList());
            }
        });
        return stars;
    }

    /** The anchor and its partners of other products, for category bundles only of the anchor's category. */
    private List<Long> star(long anchor, List<Long> partners, Objective objective, FlaggedShop shop) {
        VariantProfile anchorProfile = shop.profile().variant(anchor);
        List<Long> set = new ArrayList<>(List.of(anchor));
        List<String> products = new ArrayList<>(List.of(anchorProfile.productId()));
        for (long partner : partners) {
            VariantProfile profile = shop.profile().variant(partner);
            boolean sameCategory = profile.category().equals(anchorProfile.category());
            if (set.size() < settings.maxMixAndMatchSize() && !products.contains(profile.productId())
                    && (objective != Objective.CATEGORY_BUNDLE || sameCategory) && profile.entry().sellable()) {
                set.add(partner);
                products.add(profile.productId());
            }
        }
        return set;
    }

    private static List<Long> pairKey(long a, long b) {
        return a < b ? List.of(a, b) : List.of(b, a);
    }

    private static List<Long> anchorFirst(List<Long> group, ShopEvidence evidence) {
        Evidence counts = evidence.of(group);
        List<Long> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt((Long id) -> -counts.variantOrders().get(group.indexOf(id))).thenComparingLong(id -> id));
        return ordered;
    }

    private static List<Long> dearerFirst(List<Long> pair, FlaggedShop shop) {
        int byPrice = shop.profile().variant(pair.get(0)).entry().price().compareTo(shop.profile().variant(pair.get(1)).entry().price());
        return byPrice >= 0 ? pair : List.of(pair.get(1), pair.get(0));
    }
}
