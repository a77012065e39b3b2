package com.cartwise.domain.bundles.candidates;

import com.cartwise.domain.mining.AssociationRule;
import java.util.List;

/** An association rule in variant ids, as the rules API lists it; the measures are the rule's. */
public record VariantRule(List<Long> antecedent, List<Long> consequent, AssociationRule rule) {
    public VariantRule {
        antecedent = List.copyOf(antecedent);
        consequent = List.copyOf(consequent);
    }
}
