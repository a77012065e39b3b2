package com.cartwise.benchmarks.recommend;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.serving.Recommendations;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process ranking of a 5-item cart on the million-order shop's model, as trained (the scorer
 * its own evaluation chose): the time the till's request spends in the recommender. Target: p99
 * 50 µs. Carts are five variants of real orders of the shop (then more lines of the same period
 * when an order is shorter), so popular items weigh as they do at a till.
 *
 * <pre>
 * java -Xmx2g -cp &lt;benchmarks classpath&gt; org.openjdk.jmh.Main RankingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RankingBenchmark {
    private static final int CARTS = 4_096;

    private ServingModel serving;
    private List<List<VariantKey>> carts;
    private int next;

    @Setup
    public void train() {
        SyntheticShop shop = SyntheticBaskets.millionOrders();
        Baskets baskets = SyntheticBaskets.baskets(shop, 0, shop.orders());
        RecommenderTraining.Trained trained = RecommenderTraining.standard().train(baskets, Optional.empty());
        serving = new ServingModel(new TrainedModel(ShopId.of("bench"), 1, Instant.now(), trained.model(), trained.report(),
                Optional.empty()), SyntheticBaskets.catalogue(shop));
        carts = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        while (carts.size() < CARTS) {
            List<VariantKey> cart = new ArrayList<>();
            int order = random.nextInt(shop.orders());
            while (cart.size() < 5 && order < shop.orders()) {
                for (int l = 0; l < shop.lineCount(order) && cart.size() < 5; l++) {
                    VariantKey key = new VariantKey.ById(shop.line(order, l) + 1L);
                    if (!cart.contains(key)) {
                        cart.add(key);
                    }
                }
                order++;
            }
            carts.add(List.copyOf(cart));
        }
        System.out.println("\nranking by " + serving.metric() + "; model served in " + (serving.bytes() >> 20) + " MB");
    }

    @Benchmark
    public Recommendations rankAFiveItemCart() {
        List<VariantKey> cart = carts.get(next++ & (CARTS - 1));
        return serving.recommend(cart, 5);
    }
}
