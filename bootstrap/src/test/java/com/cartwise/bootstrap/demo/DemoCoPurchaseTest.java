package com.cartwise.bootstrap.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.CoOccurrenceModel.Candidate;
import com.cartwise.domain.recommend.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo orders must teach the recommender something: the designed complements stand out from
 * chance, departments cluster, and sales have a long tail. Counted with the recommender's own model.
 */
class DemoCoPurchaseTest {
    private static final Map<Long, DemoData> DEMOS = new HashMap<>();

    private static DemoData demo(long seed) {
        return DEMOS.computeIfAbsent(seed, s -> new DemoShopGenerator(s).generate());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DemoShopGenerator.DEFAULT_SEED, 7, 42})
    void everyDesignedComplementIsBoughtWithItsAnchorFarMoreOftenThanChance(long seed) {
        DemoShopGenerator generator = new DemoShopGenerator(seed);
        Learned learned = Learned.from(demo(seed));
        Map<String, List<String>> complements = generator.designedComplements();

        assertTrue(complements.size() >= 20, complements.size() + " anchors");
        complements.forEach((anchorSku, complementSkus) -> {
            int anchor = learned.index(anchorSku);
            for (String complementSku : complementSkus) {
                int complement = learned.index(complementSku);
                int together = learned.model.together(anchor, complement);
                double lift = Metric.LIFT.score(together, learned.model.orderCount(anchor), learned.model.orderCount(complement),
                        learned.model.orders());
                assertTrue(lift >= 5, anchorSku + " with " + complementSku + ": lift " + lift);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {DemoShopGenerator.DEFAULT_SEED, 7, 42})
    void noUndesignedVariantIsBoughtWithAnAnchorMoreOftenThanItsComplements(long seed) {
        DemoShopGenerator generator = new DemoShopGenerator(seed);
        Learned learned = Learned.from(demo(seed));

        generator.designedComplements().forEach((anchorSku, complementSkus) -> {
            List<Candidate> neighbours = learned.model.rank(new int[] {learned.index(anchorSku)}, Metric.CO_OCCURRENCE,
                    Integer.MAX_VALUE, i -> true, Comparator.comparingInt(Candidate::index));
            for (String complementSku : complementSkus) {
                double together = neighbours.stream().filter(c -> c.index() == learned.index(complementSku))
                        .mapToDouble(Candidate::score).findFirst().orElse(0);
                List<String> undesignedAhead = neighbours.stream()
                        .filter(c -> c.score() > together)
                        .map(c -> learned.sku(c.index()))
                        .filter(sku -> !complementSkus.contains(sku))
                        .toList();
                assertTrue(undesignedAhead.isEmpty(),
                        anchorSku + " is bought more often with " + undesignedAhead + " than with " + complementSku);
            }
        });
    }

    @Test
    void variantsOfOneDepartmentAreBoughtTogetherFarMoreOftenThanChance() {
        DemoData data = demo(DemoShopGenerator.DEFAULT_SEED);
        Map<String, String> departmentBySku = new HashMap<>();
        data.variants().forEach(v -> departmentBySku.put(v.sku(), v.product().tags().getFirst()));
        Map<String, Integer> linesByDepartment = new HashMap<>();
        long samePairs = 0;
        long pairs = 0;
        for (Order order : data.orders()) {
            List<String> departments = order.lines().stream().map(l -> departmentBySku.get(l.sku())).toList();
            departments.forEach(d -> linesByDepartment.merge(d, 1, Integer::sum));
            for (int i = 0; i < departments.size(); i++) {
                for (int j = i + 1; j < departments.size(); j++) {
                    pairs++;
                    samePairs += departments.get(i).equals(departments.get(j)) ? 1 : 0;
                }
            }
        }
        double lines = linesByDepartment.values().stream().mapToInt(Integer::intValue).sum();
        double sameByChance = linesByDepartment.values().stream().mapToDouble(n -> (n / lines) * (n / lines)).sum();

        assertTrue((double) samePairs / pairs > 3 * sameByChance,
                "same-department pairs " + samePairs + "/" + pairs + ", by chance " + sameByChance);
    }

    @Test
    void unrelatedDepartmentsAreBoughtTogetherLessOftenThanByChance() {
        DemoData data = demo(DemoShopGenerator.DEFAULT_SEED);
        Map<String, String> departmentBySku = new HashMap<>();
        data.variants().forEach(v -> departmentBySku.put(v.sku(), v.product().tags().getFirst()));
        int skis = 0;
        int coffee = 0;
        int both = 0;
        for (Order order : data.orders()) {
            List<String> departments = order.lines().stream().map(l -> departmentBySku.get(l.sku())).toList();
            boolean hasSkis = departments.contains("skis-bindings");
            boolean hasCoffee = departments.contains("coffee");
            skis += hasSkis ? 1 : 0;
            coffee += hasCoffee ? 1 : 0;
            both += hasSkis && hasCoffee ? 1 : 0;
        }
        double lift = (double) both * data.orders().size() / ((double) skis * coffee);

        assertTrue(skis > 100 && coffee > 100, skis + " ski orders, " + coffee + " coffee orders");
        assertTrue(lift < 1, "skis and coffee together: lift " + lift);
    }

    @Test
    void salesHaveALongTail() {
        Learned learned = Learned.from(demo(DemoShopGenerator.DEFAULT_SEED));
        int[] counts = new int[learned.model.variants()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = learned.model.orderCount(i);
        }
        Arrays.sort(counts);
        long all = Arrays.stream(counts).sum();
        long topTenth = Arrays.stream(counts, counts.length - counts.length / 10, counts.length).sum();
        int median = counts[counts.length / 2];

        assertTrue(topTenth > all * 0.3, "the best-selling tenth sells " + topTenth + " of " + all);
        assertTrue(counts[counts.length - 1] > 10 * median, "best seller " + counts[counts.length - 1] + ", median " + median);
    }

    /** The co-occurrence model learned from the demo orders, variants numbered by catalogue position. */
    private record Learned(CoOccurrenceModel model, Map<String, Long> idBySku, List<String> skuById) {
        static Learned from(DemoData data) {
            Map<String, Long> idBySku = new HashMap<>();
            List<String> skuById = new ArrayList<>();
            skuById.add(null);
            for (VariantRecord v : data.variants()) {
                idBySku.put(v.sku(), (long) skuById.size());
                skuById.add(v.sku());
            }
            List<Basket> baskets = data.orders().stream()
                    .map(o -> new Basket(o.createdAt(), o.lines().stream().mapToLong(l -> idBySku.get(l.sku())).toArray()))
                    .toList();
            return new Learned(CoOccurrenceModel.learn(baskets), idBySku, skuById);
        }

        int index(String sku) {
            int index = model.indexOf(idBySku.get(sku));
            assertTrue(index >= 0, sku + " was never sold");
            return index;
        }

        String sku(int index) {
            return skuById.get((int) model.variantId(index));
        }
    }
}
