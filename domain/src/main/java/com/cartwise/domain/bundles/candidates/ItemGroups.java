package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.bundles.CandidateSource;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Sets of variants proposed by the sources, each set once (ascending ids) with every source that proposed it. */
final class ItemGroups {
    private final Map<List<Long>, EnumSet<CandidateSource>> groups = new LinkedHashMap<>();

    void add(List<Long> variantIds, CandidateSource source) {
        if (variantIds.stream().distinct().count() == variantIds.size()) {
            groups.computeIfAbsent(variantIds.stream().sorted().toList(), k -> EnumSet.noneOf(CandidateSource.class)).add(source);
        }
    }

    /** Drops the sets with a variant that is not in the catalogue (orders may name deleted variants). */
    void retainKnown(Predicate<Long> known) {
        groups.keySet().removeIf(ids -> !ids.stream().allMatch(known));
    }

    boolean contains(List<Long> variantIds) {
        return groups.containsKey(variantIds.stream().sorted().toList());
    }

    Map<List<Long>, EnumSet<CandidateSource>> asMap() {
        return groups;
    }

    int size() {
        return groups.size();
    }

    /** Every variant that is in some set. */
    Set<Long> variants() {
        Set<Long> variants = new HashSet<>();
        groups.keySet().forEach(variants::addAll);
        return variants;
    }
}
