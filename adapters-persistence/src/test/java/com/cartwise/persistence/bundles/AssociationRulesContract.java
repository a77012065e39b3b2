package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.bundles.RuleQuery;
import com.cartwise.application.bundles.StoredRule;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.candidates.VariantRule;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.Conviction;
import com.cartwise.domain.mining.Itemset;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Proposals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@code AssociationRules} does, the in-memory one and PostgreSQL's alike. */
abstract class AssociationRulesContract {
    protected abstract Ports ports();

    /** X => Y with N = 100 and the given counts; item ids as a store gives them back (0..k-1). */
    static VariantRule rule(List<Long> x, List<Long> y, int together, int nx, int ny) {
        return new VariantRule(x, y, new AssociationRule(Itemset.of(IntStream.range(0, x.size()).toArray()),
                Itemset.of(IntStream.range(x.size(), x.size() + y.size()).toArray()), together, nx, ny, 100));
    }

    /**
     * conf / lift: 1: wax => skis 20/40 = 0.5 / 0.5*100/25 = 2.0; 2: skis => wax 20/25 = 0.8 / 2.0;
     * 3: skis, wax => poles 10/20 = 0.5 / 0.5*100/10 = 5.0; 4: gloves => hat 5/5 = 1.0 (conviction unbounded) / 1*100/50 = 2.0.
     */
    static List<VariantRule> rules() {
        return List.of(rule(List.of(2L), List.of(1L), 20, 40, 25), rule(List.of(1L), List.of(2L), 20, 25, 40),
                rule(List.of(1L, 2L), List.of(3L), 10, 20, 10), rule(List.of(4L), List.of(5L), 5, 5, 50));
    }

    private List<StoredRule> all(ShopId shop, RuleQuery.Order order, OptionalLong variant, int pageSize) {
        List<StoredRule> rules = new ArrayList<>();
        Optional<RuleQuery.After> after = Optional.empty();
        while (true) {
            List<StoredRule> page = ports().associationRules().list(new RuleQuery(shop, variant, order, pageSize, after));
            rules.addAll(page);
            if (page.size() < pageSize) {
                return rules;
            }
            after = Optional.of(RuleQuery.After.of(page.getLast(), order));
        }
    }

    @Test
    void rulesComeBackWithTheirMeasuresStrongestFirstAndTiesInTheRunsOrder() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), shop);

        ports().associationRules().replace(shop, run, rules());

        List<StoredRule> byLift = all(shop, RuleQuery.Order.LIFT, OptionalLong.empty(), 1);
        assertEquals(List.of(2, 0, 1, 3), byLift.stream().map(StoredRule::ordinal).toList());
        assertEquals(List.of(3, 1, 0, 2), all(shop, RuleQuery.Order.CONFIDENCE, OptionalLong.empty(), 3).stream()
                .map(StoredRule::ordinal).toList());
        StoredRule poles = byLift.getFirst();
        assertEquals(new StoredRule(run, 2, rules().get(2)), poles);
        assertEquals(5.0, poles.rule().rule().lift(), 1e-12);
        assertEquals(new Conviction.Unbounded(), byLift.getLast().rule().rule().conviction());
    }

    @Test
    void aVariantFilterKeepsTheRulesHoldingItOnEitherSide() {
        ShopId shop = newShop(ports().shops(), "EUR");
        ports().associationRules().replace(shop, Proposals.run(ports().jobs(), shop), rules());

        assertEquals(List.of(2, 0, 1), all(shop, RuleQuery.Order.LIFT, OptionalLong.of(1), 10).stream().map(StoredRule::ordinal).toList());
        assertEquals(List.of(3), all(shop, RuleQuery.Order.LIFT, OptionalLong.of(5), 10).stream().map(StoredRule::ordinal).toList());
        assertEquals(List.of(), all(shop, RuleQuery.Order.LIFT, OptionalLong.of(99), 10));
    }

    @Test
    void aLaterRunsRulesReplaceTheEarlierOnesAndShopsAreApart() {
        ShopId shop = newShop(ports().shops(), "EUR");
        ShopId other = newShop(ports().shops(), "EUR");
        ports().associationRules().replace(shop, Proposals.run(ports().jobs(), shop), rules());
        JobId later = Proposals.run(ports().jobs(), shop);

        ports().associationRules().replace(shop, later, List.of(rules().get(3)));

        assertEquals(List.of(new StoredRule(later, 0, rules().get(3))), all(shop, RuleQuery.Order.LIFT, OptionalLong.empty(), 10));
        assertEquals(List.of(), all(other, RuleQuery.Order.LIFT, OptionalLong.empty(), 10));
    }
}
