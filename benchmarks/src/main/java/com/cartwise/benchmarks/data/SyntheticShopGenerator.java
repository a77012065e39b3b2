package com.cartwise.benchmarks.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a shop whose orders have the structure real shops show, so that a recommender has
 * something to find and a benchmark something realistic to chew on:
 * <ul>
 * <li>long-tail popularity: products ranked by Zipf's law, a few sizes of each product;</li>
 * <li>co-purchase structure: products come in small clusters of complements (skis, binding, wax)
 *     inside departments; an order starts from a popular product and adds its complements, other
 *     products of its department, and now and then anything popular;</li>
 * <li>time: orders spread over three years at a growing rate, and a quarter of the products are
 *     launched during those years, so what sells drifts.</li>
 * </ul>
 * The same settings always give the same shop.
 */
public final class SyntheticShopGenerator {
    private static final Instant FIRST_DAY = Instant.parse("2022-01-01T00:00:00Z");
    private static final long YEAR_SECONDS = 365L * 86_400;
    private static final double PRODUCT_ZIPF = 1.0;
    private static final double DEPARTMENT_ZIPF = 0.8;
    private static final int DEPARTMENTS = 40;
    private static final int MIN_CLUSTER = 3;
    private static final int MAX_CLUSTER = 7;
    /** Share of products launched after the first day, uniformly over the years. */
    private static final double LAUNCHED_LATER = 0.25;
    /** Where each line after the first comes from: a complement of a product already in the order, ... */
    private static final double FROM_CLUSTER = 0.5;
    /** ... a product of the first product's department, or else any product by popularity. */
    private static final double FROM_DEPARTMENT = 0.25;
    /** Variants per product (1 to 6) and order lines (1 to 12): the chance of each size, smallest first. */
    private static final double[] VARIANTS_PER_PRODUCT = {0.45, 0.10, 0.15, 0.15, 0.10, 0.05};
    private static final double[] LINES_PER_ORDER = {0.32, 0.22, 0.15, 0.10, 0.07, 0.05, 0.03, 0.02, 0.015, 0.01, 0.008, 0.007};
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL"};
    private static final String[] WORDS = {"Alpine", "Trail", "Merino", "Summit", "Harbor", "Cedar", "Nordic", "Canyon",
        "Glacier", "Meadow", "Ember", "Coastal", "Granite", "Willow", "Aurora", "Pioneer"};
    private static final String[] NOUNS = {"Jacket", "Beanie", "Socks", "Gloves", "Boots", "Wax", "Goggles", "Backpack",
        "Bottle", "Mug", "Scarf", "Lamp", "Tent", "Poles", "Helmet", "Shirt", "Blanket", "Candle", "Soap", "Tea"};

    /**
     * @param orders orders to generate
     * @param variants variants in the catalogue
     * @param years span of the order history
     */
    public record Settings(int orders, int variants, int years, long seed) {
        /** The benchmark shop: a million orders (about three million lines), fifty thousand variants. */
        public static final Settings MILLION_ORDERS = new Settings(1_000_000, 50_000, 3, 20_250_101L);

        public Settings {
            if (orders < 1 || variants < 1 || years < 1) {
                throw new IllegalArgumentException("orders, variants and years must be positive");
            }
        }
    }

    private final Settings settings;

    public SyntheticShopGenerator(Settings settings) {
        this.settings = settings;
    }

    public SyntheticShop generate() {
        SplittableRandom random = new SplittableRandom(settings.seed());
        Catalogue catalogue = Catalogue.generate(settings.variants(), random);
        return new OrderWriter(catalogue, settings, random).write();
    }

    /**
     * Prints what the settings give (arguments: orders and variants; none: {@link Settings#MILLION_ORDERS}),
     * e.g. {@code java -cp <benchmarks classpath> com.cartwise.benchmarks.data.SyntheticShopGenerator 1000000 50000}.
     */
    public static void main(String[] args) {
        Settings s = args.length >= 2
                ? new Settings(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 3, Settings.MILLION_ORDERS.seed())
                : Settings.MILLION_ORDERS;
        long started = System.nanoTime();
        SyntheticShop shop = new SyntheticShopGenerator(s).generate();
        double seconds = (System.nanoTime() - started) / 1e9;
        int[] sold = new int[shop.variants().size()];
        for (int o = 0; o < shop.orders(); o++) {
            for (int l = 0; l < shop.lineCount(o); l++) {
                sold[shop.line(o, l)]++;
            }
        }
        int[] sorted = sold.clone();
        Arrays.sort(sorted);
        long top = 0;
        for (int i = sorted.length - 1; i >= sorted.length - sorted.length / 100; i--) {
            top += sorted[i];
        }
        long neverSold = Arrays.stream(sold).filter(c -> c == 0).count();
        System.out.printf(Locale.ROOT, "%,d orders, %,d lines, %,d variants (%,d never sold) in %.1f s; "
                        + "best-selling 1%% of variants: %.1f%% of lines; best seller in %,d orders; %s .. %s%n",
                shop.orders(), shop.lines(), shop.variants().size(), neverSold, seconds, 100.0 * top / shop.lines(),
                sorted[sorted.length - 1], shop.placedAt(0), shop.placedAt(shop.orders() - 1));
    }

    /** Products, their variants, departments, complement clusters and popularity. */
    private record Catalogue(List<SyntheticVariant> variants, int[] firstVariant, int[] department, int[] cluster,
                             long[] launchOffset, WeightedSampler byPopularity, WeightedSampler[] byDepartment,
                             WeightedSampler[] byCluster, WeightedSampler[] bySize) {

        static Catalogue generate(int variantCount, SplittableRandom random) {
            List<Integer> sizes = new ArrayList<>();
            int allotted = 0;
            while (allotted < variantCount) {
                int size = Math.min(1 + pick(VARIANTS_PER_PRODUCT, random), variantCount - allotted);
                sizes.add(size);
                allotted += size;
            }
            int products = sizes.size();
            int[] firstVariant = new int[products + 1];
            for (int p = 0; p < products; p++) {
                firstVariant[p + 1] = firstVariant[p] + sizes.get(p);
            }
            int[] department = new int[products];
            for (int p = 0; p < products; p++) {
                department[p] = random.nextInt(DEPARTMENTS);
            }
            int[] rankToProduct = shuffled(products, random);
            int[] cluster = clusters(department, random);
            long[] launch = new long[products];
            for (int p = 0; p < products; p++) {
                launch[p] = random.nextDouble() < LAUNCHED_LATER ? (long) (random.nextDouble() * 3 * YEAR_SECONDS) : 0;
            }
            WeightedSampler[] bySize = new WeightedSampler[7];
            for (int size = 1; size <= 6; size++) {
                double[] weights = new double[size];
                for (int j = 0; j < size; j++) {
                    // middle sizes sell best
                    weights[j] = 1.0 / (1 + Math.abs(j - (size - 1) / 2.0));
                }
                bySize[size] = new WeightedSampler(java.util.stream.IntStream.range(0, size).toArray(), weights);
            }
            return new Catalogue(variants(firstVariant, department, random), firstVariant, department, cluster, launch,
                    WeightedSampler.zipf(rankToProduct, PRODUCT_ZIPF), groupSamplers(rankToProduct, department, DEPARTMENTS),
                    groupSamplers(rankToProduct, cluster, max(cluster) + 1), bySize);
        }

        int variantOf(int product, SplittableRandom random) {
            int size = firstVariant[product + 1] - firstVariant[product];
            return firstVariant[product] + bySize[size].draw(random);
        }

        int productOf(int variant) {
            int i = Arrays.binarySearch(firstVariant, variant);
            return i >= 0 ? i : -i - 2;
        }

        private static List<SyntheticVariant> variants(int[] firstVariant, int[] department, SplittableRandom random) {
            List<SyntheticVariant> variants = new ArrayList<>(firstVariant[firstVariant.length - 1]);
            for (int p = 0; p < firstVariant.length - 1; p++) {
                int size = firstVariant[p + 1] - firstVariant[p];
                String title = WORDS[department[p] % WORDS.length] + " " + NOUNS[random.nextInt(NOUNS.length)] + " " + (p + 1);
                String handle = title.toLowerCase(Locale.ROOT).replace(' ', '-');
                // prices from about 3 to 300, log-normal, ending in .99 or .50
                double euros = Math.exp(3.0 + 1.0 * random.nextGaussian());
                BigDecimal base = BigDecimal.valueOf(Math.max(2, Math.min(400, Math.floor(euros))));
                BigDecimal price = base.add(new BigDecimal(random.nextBoolean() ? "0.99" : "0.50")).setScale(2, RoundingMode.UNNECESSARY);
                for (int j = 0; j < size; j++) {
                    int index = firstVariant[p] + j;
                    List<String> options = size == 1 ? List.of() : List.of(SIZES[j]);
                    variants.add(new SyntheticVariant(index, p, handle, title, options,
                            String.format(Locale.ROOT, "SYN-%06d-%d", p + 1, j + 1), price, random.nextInt(200)));
                }
            }
            return variants;
        }

        /** Each department's products cut at random into clusters of 3 to 7 complements. */
        private static int[] clusters(int[] department, SplittableRandom random) {
            int[] cluster = new int[department.length];
            int next = 0;
            for (int d = 0; d < DEPARTMENTS; d++) {
                List<Integer> members = new ArrayList<>();
                for (int p = 0; p < department.length; p++) {
                    if (department[p] == d) {
                        members.add(p);
                    }
                }
                int[] order = shuffled(members.size(), random);
                int i = 0;
                while (i < order.length) {
                    int size = MIN_CLUSTER + random.nextInt(MAX_CLUSTER - MIN_CLUSTER + 1);
                    for (int j = i; j < Math.min(order.length, i + size); j++) {
                        cluster[members.get(order[j])] = next;
                    }
                    next++;
                    i += size;
                }
            }
            return cluster;
        }

        /** Per group, its products by global popularity rank under a gentler Zipf law. */
        private static WeightedSampler[] groupSamplers(int[] rankToProduct, int[] groupOf, int groups) {
            List<List<Integer>> members = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                members.add(new ArrayList<>());
            }
            for (int product : rankToProduct) {
                members.get(groupOf[product]).add(product);
            }
            WeightedSampler[] samplers = new WeightedSampler[groups];
            for (int g = 0; g < groups; g++) {
                int[] ranked = members.get(g).stream().mapToInt(Integer::intValue).toArray();
                samplers[g] = ranked.length == 0 ? null : WeightedSampler.zipf(ranked, DEPARTMENT_ZIPF);
            }
            return samplers;
        }
    }

    /** Writes the orders oldest first, each from a first product and lines drawn around it. */
    private static final class OrderWriter {
        private static final int TRIES = 20;
        private final Catalogue catalogue;
        private final Settings settings;
        private final SplittableRandom random;

        OrderWriter(Catalogue catalogue, Settings settings, SplittableRandom random) {
            this.catalogue = catalogue;
            this.settings = settings;
            this.random = random;
        }

        SyntheticShop write() {
            int orders = settings.orders();
            int[] orderStart = new int[orders + 1];
            int[] lines = new int[orders * 4];
            long[] placedAt = new long[orders];
            long span = settings.years() * YEAR_SECONDS;
            int[] basket = new int[LINES_PER_ORDER.length];
            for (int o = 0; o < orders; o++) {
                // the rate of orders grows linearly to twice the first day's: invert its cumulative share
                double q = (o + 0.5) / orders;
                long offset = (long) ((-1 + Math.sqrt(1 + 3 * q)) * span);
                placedAt[o] = FIRST_DAY.getEpochSecond() + offset;
                int size = fillOrder(basket, 1 + pick(LINES_PER_ORDER, random), offset);
                if (orderStart[o] + size > lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                System.arraycopy(basket, 0, lines, orderStart[o], size);
                orderStart[o + 1] = orderStart[o] + size;
            }
            return new SyntheticShop(catalogue.variants(), orderStart, Arrays.copyOf(lines, orderStart[orders]), placedAt);
        }

        /** @return lines written, at most {@code wanted}: a draw that keeps repeating a variant gives up */
        private int fillOrder(int[] basket, int wanted, long now) {
            int first = launched(catalogue.byPopularity(), now);
            basket[0] = catalogue.variantOf(first, random);
            int size = 1;
            for (int attempt = 0; size < wanted && attempt < wanted * TRIES; attempt++) {
                int product = nextProduct(basket, size, first, now);
                int variant = catalogue.variantOf(product, random);
                if (!contains(basket, size, variant)) {
                    basket[size++] = variant;
                }
            }
            return size;
        }

        private int nextProduct(int[] basket, int size, int first, long now) {
            double r = random.nextDouble();
            if (r < FROM_CLUSTER) {
                int anchor = catalogue.productOf(basket[random.nextInt(size)]);
                return launched(catalogue.byCluster()[catalogue.cluster()[anchor]], now);
            }
            if (r < FROM_CLUSTER + FROM_DEPARTMENT) {
                return launched(catalogue.byDepartment()[catalogue.department()[first]], now);
            }
            return launched(catalogue.byPopularity(), now);
        }

        /** A product already on sale at {@code now}; if the draws keep missing, whatever was drawn last. */
        private int launched(WeightedSampler sampler, long now) {
            int product = sampler.draw(random);
            for (int i = 0; i < TRIES && catalogue.launchOffset()[product] > now; i++) {
                product = sampler.draw(random);
            }
            return product;
        }
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** An index drawn with the given probabilities (which need not sum to exactly 1). */
    private static int pick(double[] probabilities, SplittableRandom random) {
        double total = Arrays.stream(probabilities).sum();
        double u = random.nextDouble() * total;
        for (int i = 0; i < probabilities.length; i++) {
            u -= probabilities[i];
            if (u < 0) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
