package com.cartwise.domain.mining.spmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.FpGrowth;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.MinSupport;
import com.cartwise.domain.mining.MiningParameters;
import com.cartwise.domain.mining.RuleMiner;
import com.cartwise.domain.mining.RuleParameters;
import com.cartwise.domain.mining.TransactionDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpmfWriterTest {
    // 48 in 4 baskets, 39 in 3, both in 3; 5000000000 once
    private final TransactionDatabase db = TransactionDatabase.builder()
            .add(48, 39).add(39, 48).add(48, 39, 5_000_000_000L).add(48).add(7).build();

    @Test
    void writesItemsetsWithExternalIdsAscendingAndAbsoluteSupport() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(3)));
        StringWriter out = new StringWriter();

        SpmfWriter.writeItemsets(itemsets, out);

        assertEquals(Set.of("48 #SUP: 4", "39 #SUP: 3", "39 48 #SUP: 3"), Set.of(out.toString().split("\n")));
    }

    @Test
    void writesRulesWithConfidenceAndLiftToFiveDecimals() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(3)));
        StringWriter out = new StringWriter();

        SpmfWriter.writeRules(RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.5)), db, out);

        // 48 => 39: 3/4 = 0.75, lift 3*5/(4*3) = 1.25; 39 => 48: 3/3 = 1, lift 1.25
        assertEquals(Set.of("48 ==> 39 #SUP: 3 #CONF: 0.75 #LIFT: 1.25", "39 ==> 48 #SUP: 3 #CONF: 1 #LIFT: 1.25"),
                Set.of(out.toString().split("\n")));
    }

    @Test
    void writesLargeIdsAndLongItemsetsPlainly() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(1)));
        StringWriter out = new StringWriter();

        SpmfWriter.writeItemsets(itemsets, out);

        assertTrue(out.toString().contains("39 48 5000000000 #SUP: 1\n"), out.toString());
    }

    @Test
    void roundsToFiveDecimalsHalfToEvenWithoutGrouping() {
        assertEquals("0.66667", SpmfWriter.decimal(2.0 / 3));
        assertEquals("0.68", SpmfWriter.decimal(0.68));
        assertEquals("1234.5", SpmfWriter.decimal(1234.5));
        assertEquals("0.12346", SpmfWriter.decimal(0.123456));
        assertEquals("1", SpmfWriter.decimal(1.0));
    }

    @Test
    void readsBackWhatItWrites() {
        FrequentItemsets itemsets = FpGrowth.mine(db, MiningParameters.of(MinSupport.count(1)));
        List<AssociationRule> rules = RuleMiner.rules(itemsets, RuleParameters.minConfidence(0.2));
        StringWriter itemsetText = new StringWriter();
        StringWriter ruleText = new StringWriter();
        SpmfWriter.writeItemsets(itemsets, itemsetText);
        SpmfWriter.writeRules(rules, db, ruleText);

        List<SpmfReader.ItemsetLine> readItemsets = SpmfReader.readItemsets(new StringReader(itemsetText.toString()));
        List<SpmfReader.RuleLine> readRules = SpmfReader.readRules(new StringReader(ruleText.toString()));

        assertEquals(itemsets.size(), readItemsets.size());
        assertEquals(rules.size(), readRules.size());
        assertEquals(readItemsets.stream().map(l -> l.items().size()).collect(Collectors.toList()),
                itemsets.asList().stream().map(i -> i.items().size()).collect(Collectors.toList()));
        SpmfReader.RuleLine first = readRules.get(0);
        assertEquals(rules.get(0).supportCount(), first.supportCount());
        assertEquals(rules.get(0).confidence(), first.confidence(), 0.000005);
        assertEquals(rules.get(0).lift(), first.lift().getAsDouble(), 0.000005);
    }

    @Test
    void readsPastSpmfsMetadataAndComments() {
        List<SpmfReader.ItemsetLine> itemsets = SpmfReader.readItemsets(new StringReader(
                "@CONVERTED_FROM_TEXT\n@ITEM=1=whole milk\n@ITEM=2=yogurt\n# mined by cartwise\n1 2 #SUP: 3\n"));

        assertEquals(List.of(new SpmfReader.ItemsetLine(List.of(1L, 2L), 3)), itemsets);
    }

    @Test
    void readsRulesWithoutLiftAsSpmfWritesThemByDefault() {
        List<SpmfReader.RuleLine> rules = SpmfReader.readRules(new StringReader("39 ==> 48 #SUP: 7366 #CONF: 0.68\n"));

        assertEquals(new SpmfReader.RuleLine(List.of(39L), List.of(48L), 7366, 0.68, OptionalDouble.empty()), rules.get(0));
    }

    @Test
    void namesTheLineOfAMalformedEntry() {
        SpmfFormatException e = assertThrows(SpmfFormatException.class,
                () -> SpmfReader.readItemsets(new StringReader("1 2 #SUP: 3\n1 x #SUP: 2\n")));

        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }
}
