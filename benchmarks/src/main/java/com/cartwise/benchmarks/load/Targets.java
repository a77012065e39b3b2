package com.cartwise.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The serving targets of the recommender issue, checked on one thread count's measurements (all
 * rounds combined). A target whose doors were not measured is not checked.
 */
final class Targets {
    static final double RECOMMEND_OF_FLOOR = 0.85;
    static final double FLOOR_OF_BARE = 0.80;
    static final double REST_OF_GRPC = 0.70;
    static final double P99_MS_AT_4 = 2.0;
    static final double P99_OF_FLOOR_AT_16 = 1.2;
    static final double REST_P99_MS_AT_16 = 10.0;

    private Targets() {
    }

    record Verdict(String target, String measured, boolean met) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "  %-4s %-48s %s", met ? "MET" : "MISS", target, measured);
        }
    }

    static List<Verdict> check(int threads, Map<String, Measurement> byDoor) {
        List<Verdict> verdicts = new ArrayList<>();
        Measurement bare = byDoor.get(Doors.BARE_FLOOR);
        Measurement floor = byDoor.get(Doors.FLOOR);
        Measurement grpc = byDoor.get(Doors.GRPC);
        Measurement rest = byDoor.get(Doors.REST);
        if (grpc != null && floor != null) {
            verdicts.add(ratio("RecommendForCart >= " + RECOMMEND_OF_FLOOR + " x floor throughput", grpc, floor, RECOMMEND_OF_FLOOR));
        }
        if (floor != null && bare != null) {
            verdicts.add(ratio("floor >= " + FLOOR_OF_BARE + " x bare grpc-java throughput", floor, bare, FLOOR_OF_BARE));
        }
        if (rest != null && grpc != null) {
            verdicts.add(ratio("REST >= " + REST_OF_GRPC + " x gRPC throughput", rest, grpc, REST_OF_GRPC));
        }
        if (threads == 4 && grpc != null) {
            verdicts.add(new Verdict("RecommendForCart p99 <= " + P99_MS_AT_4 + " ms",
                    ms(grpc.millis(99)), grpc.millis(99) <= P99_MS_AT_4));
        }
        if (threads == 16 && grpc != null && floor != null) {
            double limit = P99_OF_FLOOR_AT_16 * floor.millis(99);
            verdicts.add(new Verdict("RecommendForCart p99 <= " + P99_OF_FLOOR_AT_16 + " x floor p99",
                    ms(grpc.millis(99)) + " vs " + ms(limit), grpc.millis(99) <= limit));
        }
        if (threads == 16 && rest != null) {
            verdicts.add(new Verdict("REST p99 <= " + REST_P99_MS_AT_16 + " ms", ms(rest.millis(99)),
                    rest.millis(99) <= REST_P99_MS_AT_16));
        }
        return verdicts;
    }

    private static Verdict ratio(String target, Measurement measured, Measurement base, double least) {
        double ratio = measured.throughput() / base.throughput();
        return new Verdict(target, String.format(Locale.ROOT, "%.2f", ratio), ratio >= least);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }
}
