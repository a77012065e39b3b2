package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.rules.ListAssociationRules;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.catalog.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The rules of the latest generation, strongest first, filtered by a variant, a page at a time. */
class ListAssociationRulesTest {

    private static List<StoredRule> all(InMemoryCartwise cartwise, RuleQuery.Order order, OptionalLong variant, int pageSize) {
        List<StoredRule> rules = new ArrayList<>();
        Optional<RuleQuery.After> after = Optional.empty();
        while (true) {
            var page = assertInstanceOf(ListAssociationRules.Result.Listed.class, cartwise.listAssociationRules.execute(
                    new RuleQuery(GearShop.ID, variant, order, pageSize, after)));
            rules.addAll(page.rules());
            if (page.rules().size() < pageSize) {
                return rules;
            }
            after = Optional.of(RuleQuery.After.parse(RuleQuery.After.of(page.rules().getLast(), order).text()));
        }
    }

    @Test
    void rulesComeStrongestFirstByLiftOrConfidenceAndPagesNeitherSkipNorRepeat() {
        InMemoryCartwise cartwise = GearShop.imported();
        Generations.generate(cartwise, GearShop.ID);

        for (RuleQuery.Order order : RuleQuery.Order.values()) {
            List<StoredRule> paged = all(cartwise, order, OptionalLong.empty(), 3);
            List<StoredRule> sorted = paged.stream().sorted(Comparator.comparingDouble((StoredRule r) -> -order.of(r))
                    .thenComparingInt(StoredRule::ordinal)).toList();
            assertEquals(sorted, paged);
            assertEquals(DomainPipeline.run(cartwise, GearShop.ID, GearShop.NOW).rules(), paged.size());
        }
    }

    @Test
    void aVariantFilterKeepsTheRulesHoldingItOnEitherSide() {
        InMemoryCartwise cartwise = GearShop.imported();
        Generations.generate(cartwise, GearShop.ID);
        long wax = cartwise.catalog.all(GearShop.ID).stream().filter(v -> v.sku().equals("WAX-HOT")).mapToLong(Variant::id).findFirst()
                .orElseThrow();

        List<StoredRule> withWax = all(cartwise, RuleQuery.Order.LIFT, OptionalLong.of(wax), 100);

        List<StoredRule> expected = all(cartwise, RuleQuery.Order.LIFT, OptionalLong.empty(), 100).stream()
                .filter(r -> r.rule().antecedent().contains(wax) || r.rule().consequent().contains(wax)).toList();
        assertTrue(!expected.isEmpty());
        assertEquals(expected, withWax);
    }
}
