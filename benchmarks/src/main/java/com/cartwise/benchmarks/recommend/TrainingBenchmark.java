package com.cartwise.benchmarks.recommend;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.bootstrap.jobs.TrainingWarmUp;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.codec.ModelCodec;
import com.cartwise.domain.recommend.evaluation.Protocol;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.learning.TrainingRehearsal;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import com.sun.management.OperatingSystemMXBean;
import java.lang.ref.Reference;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Training with full evaluation, at the domain level (baskets in memory, no database), timed wall
 * and CPU, with the heap's peak: fimi-retail (target 5 s) and the generated million-order shop
 * (target: well under 20 s with the import, about 10 s for this part, heap 2 GB). Then, on the
 * trained model: its size served (target 300 MB at a million orders) as the model reports it and as
 * the heap retains it, an incremental update of a thousand new orders (target: served within 1 s)
 * and the time to encode it for the store. With {@code rehearsed}, the JVM first trains on the
 * made-up orders a starting server rehearses on ({@link TrainingWarmUp#rehearse}: {@link TrainingRehearsal}'s
 * orders, then the model encoded and decoded), so that round 1 is a
 * merchant's first training after a restart; without it, round 1 is a JVM's very first. With
 * {@code scorer=NAME} (a wire name, e.g. {@code rp3beta(alpha=1,beta=0.3)}, the scorer the server
 * chooses for its own generated shop) the training keeps that scorer instead of the best, as a
 * training asked for one does, so that the update and the encoding are timed on its model.
 *
 * <pre>
 * java -Xmx2g -cp &lt;benchmarks classpath&gt; com.cartwise.benchmarks.recommend.TrainingBenchmark [fimi-retail|synthetic] [rounds] [rehearsed] [scorer=NAME]
 * </pre>
 */
public final class TrainingBenchmark {
    private static final int UPDATE_ORDERS = 1_000;

    private TrainingBenchmark() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "synthetic";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean rehearsed = false;
        Optional<String> scorer = Optional.empty();
        for (int a = 2; a < args.length; a++) {
            if (args[a].equals("rehearsed")) {
                rehearsed = true;
            } else if (args[a].startsWith("scorer=")) {
                scorer = Optional.of(args[a].substring("scorer=".length()));
            } else {
                throw new IllegalArgumentException("after the rounds come 'rehearsed' and 'scorer=NAME', not '" + args[a] + "'");
            }
        }
        Baskets all;
        Baskets later;
        List<Variant> catalogue;
        if (what.equals("synthetic")) {
            SyntheticShop shop = SyntheticBaskets.millionOrders();
            all = SyntheticBaskets.baskets(shop, 0, shop.orders() - UPDATE_ORDERS);
            later = SyntheticBaskets.baskets(shop, shop.orders() - UPDATE_ORDERS, shop.orders());
            catalogue = SyntheticBaskets.catalogue(shop);
        } else {
            Baskets file = BasketFiles.byId(what).load();
            all = file.slice(0, file.size() - UPDATE_ORDERS);
            later = file.slice(file.size() - UPDATE_ORDERS, file.size());
            catalogue = PlainCatalogue.of(file);
        }
        System.out.printf(Locale.ROOT, "%s: %,d orders, %,d lines; %d cores%n", what, all.size(), all.lines(),
                Runtime.getRuntime().availableProcessors());
        RecommenderTraining training = RecommenderTraining.standard();
        if (rehearsed) {
            long started = System.nanoTime();
            TrainingWarmUp.rehearse(training);
            System.out.printf(Locale.ROOT, "rehearsal as a starting server's: %,d made-up orders trained, the model encoded and decoded, in %.2f s%n",
                    TrainingRehearsal.ORDERS, (System.nanoTime() - started) / 1e9);
        }
        RecommenderTraining.Trained trained = null;
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            resetPeaks();
            long cpu = cpu();
            long started = System.nanoTime();
            trained = training.train(all, scorer.map(training::scorer));
            double wall = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: train with evaluation %.2f s wall, %.2f s CPU, peak heap %,d MB; chose %s"
                            + " (%,d + %,d cases)%n", round, wall, (cpu() - cpu) / 1e9, peakHeap() >> 20, trained.model().scorer().wireName(),
                    trained.report().cases(Protocol.LAST_ITEM), trained.report().cases(Protocol.EACH_ITEM));
        }
        LearnedModel model = trained.model();
        TrainedModel stored = new TrainedModel(ShopId.of("bench"), 1, Instant.now(), model, trained.report(), Optional.empty());
        ServingModel serving = new ServingModel(stored, catalogue);
        System.out.printf(Locale.ROOT, "model: %,d variants, %,d pair entries, %,d table entries; arrays %,d MB, served %,d MB%n",
                model.counts().variants(), model.counts().pairEntries(), model.table().entries(), model.bytes() >> 20,
                serving.bytes() >> 20);
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            LearnedModel updated = model.plus(later);
            double update = (System.nanoTime() - started) / 1e9;
            long encodeStarted = System.nanoTime();
            byte[] bytes = ModelCodec.encode(updated);
            double encode = (System.nanoTime() - encodeStarted) / 1e9;
            long decodeStarted = System.nanoTime();
            ModelCodec.decode(bytes, updated.scorer().wireName());
            double decode = (System.nanoTime() - decodeStarted) / 1e9;
            long servingStarted = System.nanoTime();
            new ServingModel(new TrainedModel(ShopId.of("bench"), 2, Instant.now(), updated, trained.report(), Optional.of(1L)), catalogue);
            double serve = (System.nanoTime() - servingStarted) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: update of %,d orders %.3f s, serving model built %.3f s, encoded %.3f s (%,d MB),"
                    + " decoded %.3f s%n", round, later.size(), update, serve, encode, bytes.length >> 20, decode);
        }
        long withModel = usedHeapAfterCollection();
        Reference.reachabilityFence(serving);
        long reported = serving.bytes();
        // the catalogue's variants too: a server loads them for the model it serves
        catalogue = null;
        trained = null;
        model = null;
        stored = null;
        serving = null;
        long withoutModel = usedHeapAfterCollection();
        System.out.printf(Locale.ROOT, "served model: %,d MB as it reports its size, %,d MB of heap retained (measured: used heap"
                + " after a full collection with and without it)%n", reported >> 20, (withModel - withoutModel) >> 20);
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** A catalogue for a basket file: one active, untracked variant per id. */
    static final class PlainCatalogue {
        private PlainCatalogue() {
        }

        static List<Variant> of(Baskets baskets) {
            long max = 0;
            for (long id : baskets.variantIdsInOrder()) {
                max = Math.max(max, id);
            }
            List<Variant> variants = new ArrayList<>();
            for (long id = 1; id <= max; id++) {
                variants.add(new Variant(id, "item-" + id, List.of(), "ITEM-" + id, null, "Item " + id,
                        com.cartwise.domain.catalog.Money.of("1.00", "EUR"), com.cartwise.domain.catalog.Stock.untracked(),
                        com.cartwise.domain.catalog.ProductStatus.ACTIVE));
            }
            return variants;
        }
    }
}
