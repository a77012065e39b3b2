package com.cartwise.benchmarks.recommend;

import com.cartwise.application.flags.FlagChange;
import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.StoredFlags;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.FeatureFlags;
import com.cartwise.application.recommend.holdout.Holdout;
import com.cartwise.application.recommend.holdout.Holdouts;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the A/B holdout adds to a till's request: the shop's holdout looked up from the flags and
 * the cart's arm decided, with no holdout ({@code off}), by a session id ({@code session}), and by
 * a five-item cart's sorted keys ({@code cart}). 100 shops have flags of their own, as on a shared
 * deployment.
 *
 * <pre>
 * java -cp &lt;benchmarks classpath&gt; org.openjdk.jmh.Main HoldoutDecisionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HoldoutDecisionBenchmark {
    @Param({"off", "session", "cart"})
    public String mode;

    private Holdouts holdouts;
    private final ShopId shop = ShopId.of("shop-42");
    private final List<VariantKey> cart = List.of(new VariantKey.ById(1001), new VariantKey.BySku("WAX-1"),
            new VariantKey.ByShopifyVariantId(44_001), new VariantKey.ById(77), new VariantKey.BySku("POLE-120"));
    private Optional<String> session;

    @Setup
    public void flags() {
        Map<ShopId, Map<String, String>> shops = new java.util.HashMap<>();
        for (int i = 0; i < 100; i++) {
            shops.put(ShopId.of("shop-" + i), Map.of(FlagCatalogue.KILL_SWITCH.name(), "false"));
        }
        if (!mode.equals("off")) {
            shops.put(shop, Map.of(FlagCatalogue.HOLDOUT_SHARE.name(), "0.1"));
        }
        StoredFlags stored = new StoredFlags(Map.of(), shops);
        holdouts = new Holdouts(new FlagValues(new FixedFlags(stored)));
        session = mode.equals("session") ? Optional.of("till-7:visit-4711") : Optional.empty();
    }

    @Benchmark
    public Arm decideTheArm() {
        Holdout holdout = holdouts.of(shop);
        // a new session per call would only add its string's building; the hash reads every character anyway
        return holdout.armOfCart(shop, session, cart);
    }

    /** The flags as a store that never changes: the holdouts are read once, as between two refreshes. */
    private record FixedFlags(StoredFlags stored) implements FeatureFlags {
        @Override
        public StoredFlags load() {
            return stored;
        }

        @Override
        public FlagChange set(Optional<ShopId> shop, String name, Optional<String> value, String actor, Instant at) {
            throw new UnsupportedOperationException("a benchmark's flags are fixed");
        }

        @Override
        public List<FlagChange> changes(int limit, OptionalLong before) {
            return List.of();
        }
    }
}
