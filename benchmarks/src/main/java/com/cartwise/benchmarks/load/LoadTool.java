package com.cartwise.benchmarks.load;

import com.cartwise.benchmarks.machine.CpuMeter;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Load on a running Cartwise from a JVM of its own: RecommendForCart over gRPC, its REST twin, and
 * two floors (Cartwise's own health Check, and a bare grpc-java server's in a third JVM), in
 * alternating rounds at each client thread count, with throughput, latency percentiles
 * (HdrHistogram) and the targets checked. Any error answer fails the run (exit 1).
 * <p>
 * Start Cartwise first (see benchmarks/README.md, or {@code benchmarks/serving-load.sh}), then e.g.
 * {@code ./mvnw -q -o -pl benchmarks -am -DskipTests package exec:exec
 * -Dbench.main=com.cartwise.benchmarks.load.LoadTool -Dbench.args="--grpc localhost:18681 --rest http://localhost:18680"}.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Measure Cartwise's gRPC and REST recommendation doors against the gRPC floor.")
public final class LoadTool implements Callable<Integer> {

    @Option(names = "--grpc", description = "Cartwise's gRPC address (default: ${DEFAULT-VALUE}).", defaultValue = "localhost:50051")
    String grpcTarget;

    @Option(names = "--rest", description = "Cartwise's REST base URL (default: ${DEFAULT-VALUE}).", defaultValue = "http://localhost:8080")
    URI restBase;

    @Option(names = "--shop", description = "Shop id the carts belong to (default: ${DEFAULT-VALUE}).", defaultValue = "demo")
    String shop;

    @Option(names = "--carts", defaultValue = "demo", description = "'demo' (past orders of the demo shop with 1-5 SKUs, "
            + "regenerated from its seed) or a file: one cart per line, comma-separated sku=..., shopify_variant_id=..., "
            + "variant_id=... or bare SKUs (default: ${DEFAULT-VALUE}).")
    String carts;

    @Option(names = "--threads", split = ",", defaultValue = "4,16", description = "Client thread counts (default: ${DEFAULT-VALUE}).")
    List<Integer> threadCounts;

    @Option(names = "--doors", split = ",", defaultValue = "bare-floor,floor,grpc,rest",
            description = "What to measure, in this order each round (default: ${DEFAULT-VALUE}).")
    List<String> doors;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of unrecorded load before each measurement (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--duration", defaultValue = "10", description = "Measured seconds per door and round (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--jit-warmup", defaultValue = "10", description = "Seconds of unrecorded load on each door, at the "
            + "largest thread count, before the first round: the bare server's JVM starts cold (default: ${DEFAULT-VALUE}).")
    double jitWarmupSeconds;

    @Option(names = "--rounds", defaultValue = "2", description = "Rounds over all doors per thread count (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--limit", defaultValue = "5", description = "Recommendations asked per request (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--deadline-ms", defaultValue = "5000", description = "gRPC deadline of every call (default: ${DEFAULT-VALUE}).")
    long deadlineMillis;

    @Option(names = "--grpc-channels", defaultValue = "1", description = "gRPC channels (connections) per server; "
            + "a POS backend uses one (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--decode", description = "Decode every gRPC answer as a real client would; by default answers are "
            + "checked but not decoded, as the REST door's JSON is not.")
    boolean decode;

    @Option(names = "--api-key", defaultValue = "${env:CARTWISE_API_KEY}", description = "A key that may ask the shop: its own key or"
            + " the operator key (default: the environment variable CARTWISE_API_KEY).")
    String apiKey;

    @Option(names = "--bare-jvm", defaultValue = "", description = "JVM options of the bare grpc-java server (default: none).")
    String bareJvmOptions;

    @Option(names = "--server-pid", defaultValue = "0", description = "Process id of the Cartwise server on this machine: "
            + "each measurement then reports the server's CPU per request and the cores other processes kept busy "
            + "(from Linux's /proc; 0: not reported).")
    long serverPid;

    private final PrintStream out = System.out;
    /** The CPU meter of each door, its measured server first; empty when there is nothing to meter. */
    private Map<String, CpuMeter> meters = Map.of();

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadTool()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        doors.forEach(Doors::describe);
        List<List<CartItem>> cartList = Carts.from(carts);
        Duration deadline = Duration.ofMillis(deadlineMillis);
        out.printf(Locale.ROOT, "Cartwise load, %s: gRPC %s, REST %s, shop '%s', %d carts from %s (%.1f items on average), "
                        + "limit %d, %s s warm-up + %s s measured per door and round, %d round(s), %d channel(s), %d cores%n",
                LocalDate.now(), grpcTarget, restBase, shop, cartList.size(), carts,
                cartList.stream().mapToInt(List::size).average().orElse(0), limit, warmupSeconds, durationSeconds,
                rounds, channels, Runtime.getRuntime().availableProcessors());
        try (BareServerProcess bare = doors.contains(Doors.BARE_FLOOR) ? BareServerProcess.start(bareJvmOptions) : null;
             GrpcDoors.Channels cartwise = new GrpcDoors.Channels(grpcTarget, channels, apiKey);
             GrpcDoors.Channels bareChannels = bare == null ? null : new GrpcDoors.Channels(bare.target(), channels, null)) {
            if (bare != null) {
                out.printf("bare grpc-java server: pid %d on %s%n", bare.pid(), bare.target());
            }
            Map<String, Door> byName = new LinkedHashMap<>();
            for (String door : doors) {
                byName.put(door, switch (door) {
                    case Doors.BARE_FLOOR -> GrpcDoors.healthCheck(door, bareChannels, deadline);
                    case Doors.FLOOR -> GrpcDoors.healthCheck(door, cartwise, deadline);
                    case Doors.GRPC -> GrpcDoors.recommendForCart(door, cartwise, deadline, shop, cartList, limit, decode);
                    case Doors.REST -> RestDoor.recommendations(door, restBase, shop, cartList, limit, apiKey);
                    default -> throw new IllegalArgumentException(door);
                });
            }
            meters = meters(bare);
            if (doors.contains(Doors.GRPC) || doors.contains(Doors.REST)) {
                out.printf(Locale.ROOT, "first answer (the shop's model loaded if it was not yet): %.2f s%n",
                        GrpcDoors.prime(cartwise, shop, cartList.getFirst(), limit).toNanos() / 1e9);
            }
            warmUp(byName.values());
            List<String> summary = new ArrayList<>();
            boolean allMet = true;
            int checked = 0;
            for (int threads : threadCounts) {
                Map<String, Measurement> combined = measure(byName, threads);
                summary.add(String.format("%d client threads, all rounds:", threads));
                combined.values().forEach(m -> summary.add(line(m)));
                for (Targets.Verdict verdict : Targets.check(threads, combined)) {
                    summary.add(verdict.toString());
                    allMet &= verdict.met();
                    checked++;
                }
            }
            out.println();
            summary.forEach(out::println);
            out.println(checked == 0 ? "No target applies to the doors and thread counts measured."
                    : allMet ? "Every checked target met." : "Some targets missed (MISS above).");
        } catch (ClosedLoop.LoadFailure failure) {
            System.err.println("LOAD RUN FAILED: " + failure.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * A meter per door whose server runs here: the bare floor measures the bare server, every other
     * door Cartwise; both servers and this tool are told apart from the rest of the machine.
     */
    private Map<String, CpuMeter> meters(BareServerProcess bare) {
        long self = ProcessHandle.current().pid();
        long barePid = bare == null ? 0 : bare.pid();
        Map<String, CpuMeter> byDoor = new LinkedHashMap<>();
        for (String door : doors) {
            long measured = Doors.BARE_FLOOR.equals(door) ? barePid : serverPid;
            long other = Doors.BARE_FLOOR.equals(door) ? serverPid : barePid;
            CpuMeter meter = new CpuMeter(measured, other, self);
            if (measured > 0 && meter.available()) {
                byDoor.put(door, meter);
            }
        }
        return byDoor;
    }

    private void warmUp(Iterable<Door> all) throws ClosedLoop.LoadFailure {
        int threads = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        for (Door door : all) {
            ClosedLoop.run(door, threads, Duration.ofMillis(Math.round(jitWarmupSeconds * 1000)), Duration.ZERO, null);
        }
        out.printf(Locale.ROOT, "warmed up every door for %s s at %d threads%n", jitWarmupSeconds, threads);
    }

    private Map<String, Measurement> measure(Map<String, Door> byName, int threads) throws ClosedLoop.LoadFailure {
        Map<String, Measurement> combined = new LinkedHashMap<>();
        Duration warmup = Duration.ofMillis(Math.round(warmupSeconds * 1000));
        Duration duration = Duration.ofMillis(Math.round(durationSeconds * 1000));
        for (int round = 1; round <= rounds; round++) {
            out.printf("%d client threads, round %d:%n", threads, round);
            Map<String, Measurement> thisRound = new LinkedHashMap<>();
            for (Door door : byName.values()) {
                Measurement m = ClosedLoop.run(door, threads, warmup, duration, meters.get(door.name()));
                out.println(line(m));
                thisRound.put(door.name(), m);
                combined.merge(door.name(), m, Measurement::plus);
            }
            out.println("  ratios: " + ratios(thisRound));
        }
        return combined;
    }

    private static String ratios(Map<String, Measurement> m) {
        List<String> ratios = new ArrayList<>();
        ratio(ratios, "grpc/floor", m.get(Doors.GRPC), m.get(Doors.FLOOR));
        ratio(ratios, "floor/bare", m.get(Doors.FLOOR), m.get(Doors.BARE_FLOOR));
        ratio(ratios, "rest/grpc", m.get(Doors.REST), m.get(Doors.GRPC));
        return String.join(", ", ratios);
    }

    private static void ratio(List<String> ratios, String name, Measurement a, Measurement b) {
        if (a != null && b != null) {
            ratios.add(String.format(Locale.ROOT, "%s %.2f", name, a.throughput() / b.throughput()));
        }
    }

    private static String line(Measurement m) {
        String machine = m.machine();
        return String.format(Locale.ROOT, "  %-30s %8.0f req/s  p50 %6.3f ms  p99 %6.3f ms  p99.9 %6.3f ms  max %7.3f ms  (%d requests, 0 errors)%s",
                Doors.describe(m.door()), m.throughput(), m.millis(50), m.millis(99), m.millis(99.9),
                m.latencies().getMaxValue() / 1e6, m.requests(), machine.isEmpty() ? "" : "\n      " + machine);
    }
}
