package com.cartwise.domain.mining;

import static com.cartwise.domain.mining.Shopping.BEER;
import static com.cartwise.domain.mining.Shopping.BREAD;
import static com.cartwise.domain.mining.Shopping.COLA;
import static com.cartwise.domain.mining.Shopping.DIAPERS;
import static com.cartwise.domain.mining.Shopping.MILK;
import static com.cartwise.domain.mining.Shopping.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleMinerTest {
    private final TransactionDatabase db = Shopping.baskets();

    @Test
    void derivesTheRulesAboveTheConfidenceFromThreeOfFiveBaskets() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(3)));

        List<AssociationRule> rules = RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.75));

        // pairs at 3: bread-milk, bread-diapers, milk-diapers (3 of 4 each way: 0.75), diapers-beer (0.75 / 1.0)
        assertEquals(Set.of(
                rule(BREAD, MILK, 3, 4, 4), rule(MILK, BREAD, 3, 4, 4),
                rule(BREAD, DIAPERS, 3, 4, 4), rule(DIAPERS, BREAD, 3, 4, 4),
                rule(MILK, DIAPERS, 3, 4, 4), rule(DIAPERS, MILK, 3, 4, 4),
                rule(DIAPERS, BEER, 3, 4, 3), rule(BEER, DIAPERS, 3, 3, 4)), Set.copyOf(rules));
    }

    @Test
    void confidenceExactlyAtTheThresholdPasses() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(3)));

        assertEquals(8, RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.75)).size());
        assertEquals(1, RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.76)).size(), "only beer => diapers (1.0)");
    }

    @Test
    void consequentsGrowToSeveralItems() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)));

        List<AssociationRule> rules = RuleMiner.rules(itemsets, RuleParameters.minConfidence(1.0));

        // cola (2 baskets) always comes with milk and with diapers: cola => {milk, diapers}
        AssociationRule colaToBoth = new AssociationRule(items(db, COLA), items(db, MILK, DIAPERS), 2, 2, 3, 5);
        assertTrue(rules.contains(colaToBoth), rules.toString());
        assertTrue(rules.contains(new AssociationRule(items(db, MILK, COLA), items(db, DIAPERS), 2, 2, 4, 5)));
        assertTrue(rules.stream().allMatch(r -> r.confidence() == 1.0));
    }

    @Test
    void keepsConsequentsWithinTheirMaximumSize() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(2)));

        List<AssociationRule> rules = RuleMiner.rules(itemsets, new RuleParameters(1.0, 1));

        assertFalse(rules.isEmpty());
        assertTrue(rules.stream().allMatch(r -> r.consequent().size() == 1));
    }

    @Test
    void stopsWithAClearMessageBeforeProducingTooManyRules() {
        FrequentItemsets itemsets = FpGrowth.mine(db,
                MiningParameters.of(MinSupport.count(2)).withLimits(new MiningLimits(100, 100, 5)));

        MiningLimitExceededException e = assertThrows(MiningLimitExceededException.class,
                () -> RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.1)));

        assertEquals("mining.too_many_rules", e.code());
        assertEquals(5, e.value());
        assertTrue(e.getMessage().contains("Raise the minimum confidence"), e.getMessage());
    }

    private AssociationRule rule(long x, long y, int xy, int nx, int ny) {
        return new AssociationRule(items(db, x), items(db, y), xy, nx, ny, 5);
    }
}
