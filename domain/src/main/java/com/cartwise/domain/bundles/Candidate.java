package com.cartwise.domain.bundles;

import com.cartwise.domain.InvalidInputException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A proposed bundle before ranking: its type, the objective it serves, its variants, what
 * proposed it and what the orders say about it. Variant order carries meaning: the anchor first
 * (FBT, mix-and-match), buy then get (BOGO; one variant when buy and get are the same).
 */
public record Candidate(BundleType type, Objective objective, List<Long> variantIds, Set<CandidateSource> sources, Evidence evidence) {
    public Candidate {
        // checks first, messages only on failure: candidates are made by the ten thousand
        if (type == null || objective == null) {
            throw new InvalidInputException("candidate", "needs a type and an objective");
        }
        if (variantIds == null || variantIds.size() < type.minVariants() || variantIds.size() > type.maxVariants()) {
            throw new InvalidInputException("variant_ids", "a " + type.wireName() + " bundle has " + type.minVariants() + " to "
                    + type.maxVariants() + " variants, but got " + variantIds);
        }
        variantIds = List.copyOf(variantIds);
        if (new HashSet<>(variantIds).size() != variantIds.size()) {
            throw new InvalidInputException("variant_ids", "must be distinct: " + variantIds);
        }
        if (sources == null || sources.isEmpty()) {
            throw new InvalidInputException("sources", "a candidate has at least one source");
        }
        sources = Set.copyOf(EnumSet.copyOf(sources));
        if (evidence == null || !evidence.variantIds().equals(variantIds)) {
            throw new InvalidInputException("evidence", "must be about the candidate's variants " + variantIds);
        }
    }

    public BundleKey key() {
        return BundleKey.of(type, objective, variantIds);
    }

    /** The strongest of its sources. */
    public CandidateSource source() {
        return EnumSet.copyOf(sources).iterator().next();
    }

    /** Whether nothing but the fallback ladder proposed it. */
    public boolean isFallback() {
        return sources.stream().allMatch(CandidateSource::isFallback);
    }

    public Candidate withSources(Set<CandidateSource> more) {
        EnumSet<CandidateSource> all = EnumSet.copyOf(sources);
        all.addAll(more);
        return new Candidate(type, objective, variantIds, all, evidence);
    }
}
