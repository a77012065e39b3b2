package com.cartwise.bootstrap.cli.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.testing.SharedData;
import com.cartwise.application.testing.SharedDataTest;
import com.cartwise.bootstrap.cli.CliRun;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code cartwise mine} on the public data sets of ../shared/data (see each SOURCE.txt), with
 * counts taken independently: skipped, saying so, where that folder is absent.
 */
@SharedDataTest
class MineSharedDataTest {

    @Test
    void minesFimiRetailToTheItemsetsAndRulesAnIndependentEclatScriptCounts() {
        Path retail = SharedData.file("fimi-retail/retail.dat");

        CliRun itemsets = MineCommandTest.mine("mine", retail, "--min-support", "0.001");
        CliRun rules = MineCommandTest.mine("mine", retail, "--min-support", "0.001", "--rules", "--min-confidence", "0.3");

        assertEquals(0, itemsets.exit(), itemsets.err());
        assertEquals(7_589, itemsets.out().lines().count());
        assertTrue(itemsets.err().contains("Read 88,162 baskets of 16,470 items"), itemsets.err());
        assertTrue(itemsets.err().contains("(89 of 88,162 baskets)"), itemsets.err());
        assertEquals(0, rules.exit(), rules.err());
        assertEquals(7_839, rules.out().lines().count());
        assertTrue(rules.out().lines().allMatch(l -> l.matches("[0-9 ]+ ==> [0-9 ]+ #SUP: \\d+ #CONF: [0-9.]+ #LIFT: [0-9.]+")));
    }

    @Test
    void theBreadBasketsTransactionsAndTheSameBasketsAsAShopifyOrdersExportMineAlike() {
        CliRun transactions = MineCommandTest.mine("mine", SharedData.file("bread-basket/BreadBasket_DMS.csv"), "--min-support", "0.01");
        CliRun orders = MineCommandTest.mine("mine", SharedData.file("shopify-bakery/orders_export.csv"), "--min-support", "0.01");

        assertEquals(0, transactions.exit(), transactions.err());
        assertEquals(0, orders.exit(), orders.err());
        // 9,465 transactions once the 'NONE' rows are dropped (SOURCE.txt), 94 items besides NONE.
        assertTrue(transactions.err().contains("Read 9,465 baskets of 94 items from BreadBasket_DMS.csv (transactions)"), transactions.err());
        assertTrue(orders.err().contains("Read 9,465 baskets of 94 items from orders_export.csv (orders)"), orders.err());
        assertEquals(byName(transactions.out()), byName(orders.out()));
    }

    @Test
    void readsGroceriesAsOneBasketPerLineOfNamedItems() {
        CliRun groceries = MineCommandTest.mine("mine", SharedData.file("groceries/groceries.csv"), "--min-support", "0.05");

        assertEquals(0, groceries.exit(), groceries.err());
        assertTrue(groceries.err().contains("Read 9,835 baskets of 169 items from groceries.csv (baskets)"), groceries.err());
        assertTrue(byName(groceries.out()).contains("whole milk #SUP: 2513"), groceries.out());
    }

    /** Itemsets with their items' names, sorted, so that two files that number items differently compare. */
    private static Set<String> byName(String spmf) {
        Map<String, String> names = new HashMap<>();
        spmf.lines().filter(l -> l.startsWith("@ITEM=")).forEach(l -> {
            String[] parts = l.split("=", 3);
            names.put(parts[1], parts[2]);
        });
        return spmf.lines().filter(l -> !l.startsWith("@")).map(l -> {
            String[] itemsAndSupport = l.split(" #SUP: ");
            String items = Arrays.stream(itemsAndSupport[0].split(" ")).map(names::get).sorted().collect(Collectors.joining(" + "));
            return items + " #SUP: " + itemsAndSupport[1];
        }).collect(Collectors.toCollection(TreeSet::new));
    }

}
