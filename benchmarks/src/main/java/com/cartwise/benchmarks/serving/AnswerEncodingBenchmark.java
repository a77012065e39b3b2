package com.cartwise.benchmarks.serving;

import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.domain.analytics.RecommendationId;
import com.cartwise.domain.analytics.experiment.Arm;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.Evidence;
import com.cartwise.domain.recommend.Recommendation;
import com.cartwise.domain.recommend.Source;
import com.cartwise.grpc.wire.AnswerEncoder;
import com.cartwise.grpc.wire.EncodedAnswer;
import com.cartwise.rest.recommend.AnswerJson;
import com.cartwise.rest.recommend.RecommendForCartResponse;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
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
 * Encoding a till's answer for the wire: five co-purchase recommendations, each with its evidence
 * and its reason, over a catalogue of 20,000 variants (so the encoder's per-variant parts are
 * found as in a served shop), the answers varying from call to call. The part of a
 * RecommendForCart's server time that comes after the ranking: for gRPC, and for the REST twin
 * written by hand ({@link AnswerJson}) and, for comparison, by the serializer it replaced.
 *
 * <pre>
 * java -cp &lt;benchmarks classpath&gt; org.openjdk.jmh.Main AnswerEncodingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AnswerEncodingBenchmark {
    private static final int ANSWERS = 4_096;
    private static final int VARIANTS = 20_000;

    private final AnswerEncoder encoder = new AnswerEncoder();
    private final AnswerJson json = new AnswerJson();
    private final JsonMapper serializer = JsonMapper.createDefault();
    private List<RecommendForCart.Result.Recommended> answers;
    private int next;

    @Setup
    public void answers() {
        SplittableRandom random = new SplittableRandom(11);
        String[] products = {"Ski Wax", "Merino Beanie", "Trail Running Socks", "Insulated Bottle", "Bonnet d'hiver"};
        List<Variant> catalogue = new ArrayList<>();
        for (int v = 1; v <= VARIANTS; v++) {
            catalogue.add(new Variant(v, "product-" + v, List.of(random.nextBoolean() ? "M" : "L", "Blue"), "SKU-" + v, 9_000_000L + v,
                    products[random.nextInt(products.length)] + " " + v, Money.of((5 + random.nextInt(90)) + ".90", "EUR"),
                    new Stock(true, random.nextInt(200), false), ProductStatus.ACTIVE));
        }
        answers = new ArrayList<>();
        for (int a = 0; a < ANSWERS; a++) {
            List<Recommendation> recommendations = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                int together = 2 + random.nextInt(400);
                int withCartItem = together + random.nextInt(5_000);
                recommendations.add(Recommendation.boughtWith(catalogue.get(random.nextInt(VARIANTS)), random.nextDouble() * 40,
                        new Evidence(catalogue.get(random.nextInt(VARIANTS)), together, withCartItem, together + random.nextInt(9_000),
                                1_000_000)));
            }
            answers.add(new RecommendForCart.Result.Recommended(RecommendationId.issue(Arm.NONE), 7, Optional.of("sequence"),
                    recommendations, Source.CO_PURCHASE, "Bought together with the cart's items."));
        }
    }

    @Benchmark
    public EncodedAnswer encodeAnAnswerOfFive() {
        return encoder.encode(answers.get(next++ & (ANSWERS - 1)));
    }

    @Benchmark
    public byte[] writeAnAnswerOfFiveAsJson() {
        return json.write(answers.get(next++ & (ANSWERS - 1)));
    }

    @Benchmark
    public byte[] serializeAnAnswerOfFiveAsJson() throws IOException {
        return serializer.writeValueAsBytes(RecommendForCartResponse.of(answers.get(next++ & (ANSWERS - 1))));
    }
}
