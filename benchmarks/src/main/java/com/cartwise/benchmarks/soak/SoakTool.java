package com.cartwise.benchmarks.soak;

import com.cartwise.benchmarks.imports.ShopApi;
import com.cartwise.benchmarks.load.CartItem;
import com.cartwise.benchmarks.load.Carts;
import com.cartwise.benchmarks.load.Door;
import com.cartwise.benchmarks.load.GrpcDoors;
import com.cartwise.benchmarks.load.RestDoor;
import com.cartwise.benchmarks.machine.CpuMeter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A soak of a running Cartwise from a JVM of its own: for {@code --minutes}, paced (open-loop)
 * RecommendForCart and RecommendForProduct over gRPC, their REST twins, the dashboard's REST reads
 * and the till's events over both, while every {@code --job-interval} seconds the served shop is
 * retrained and a generated orders export is imported into a second shop, which is then trained.
 * Prints a block per minute (requests, errors, p50/p99 per door, the server's heap after GC from
 * its GC log, the jobs that ended) and a verdict: no error of any kind, every job succeeded, heap
 * after GC flat ({@link HeapTrend}). Exit status 1 when the verdict fails, 2 when the soak could
 * not be set up. {@code benchmarks/soak.sh} starts Cartwise and runs it.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Soak a running Cartwise with mixed REST and gRPC load while imports and trainings run.")
public final class SoakTool implements Callable<Integer> {
    private static final int ANSWERS_FOR_EVENTS = 64;

    @Option(names = "--grpc", defaultValue = "localhost:50051", description = "Cartwise's gRPC address (default: ${DEFAULT-VALUE}).")
    String grpcTarget;

    @Option(names = {"--rest", "--server"}, defaultValue = "http://localhost:8080", description = "Cartwise's REST base URL (default: ${DEFAULT-VALUE}).")
    URI restBase;

    @Option(names = "--api-key", defaultValue = "${env:CARTWISE_API_KEY}", required = true,
            description = "The server's operator key: it creates the second shop and has no rate limit (default: CARTWISE_API_KEY).")
    String apiKey;

    @Option(names = "--minutes", defaultValue = "10", description = "How long the load runs (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--shop", defaultValue = "demo", description = "The served shop (default: ${DEFAULT-VALUE}).")
    String shop;

    @Option(names = "--carts", defaultValue = "demo", description = "The served shop's carts: 'demo' or a cart file, as the load tool's (default: ${DEFAULT-VALUE}).")
    String carts;

    @Option(names = "--grpc-cart-rate", defaultValue = "300", description = "RecommendForCart per second over gRPC (default: ${DEFAULT-VALUE}).")
    double grpcCartRate;

    @Option(names = "--grpc-product-rate", defaultValue = "50", description = "RecommendForProduct per second over gRPC (default: ${DEFAULT-VALUE}).")
    double grpcProductRate;

    @Option(names = "--rest-cart-rate", defaultValue = "100", description = "POST .../recommendations per second (default: ${DEFAULT-VALUE}).")
    double restCartRate;

    @Option(names = "--rest-product-rate", defaultValue = "20", description = "POST .../recommendations/product per second (default: ${DEFAULT-VALUE}).")
    double restProductRate;

    @Option(names = "--dashboard-rate", defaultValue = "5", description = "Dashboard REST reads per second: jobs, models, analytics, bundles (default: ${DEFAULT-VALUE}).")
    double dashboardRate;

    @Option(names = "--events-rate", defaultValue = "5", description = "Event batches per second over each of gRPC and REST (default: ${DEFAULT-VALUE}).")
    double eventsRate;

    @Option(names = "--events-per-batch", defaultValue = "10", description = "Impressions and accepts per batch (default: ${DEFAULT-VALUE}).")
    int eventsPerBatch;

    @Option(names = "--workers", defaultValue = "8", description = "Threads (and connections) sending each door's planned requests (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--timeout-ms", defaultValue = "5000", description = "A request not answered this long after its planned time is an error "
            + "(a timeout); also the gRPC deadline (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    @Option(names = "--job-interval", defaultValue = "60", description = "Seconds between the starts of two job cycles (default: ${DEFAULT-VALUE}).")
    double jobIntervalSeconds;

    @Option(names = "--job-limit-minutes", defaultValue = "10", description = "How long one job may run before it counts as unfinished (default: ${DEFAULT-VALUE}).")
    double jobLimitMinutes;

    @Option(names = "--import-shop", defaultValue = "soak-imports", description = "The second shop, imported into (default: ${DEFAULT-VALUE}).")
    String importShop;

    @Option(names = "--import-lines", defaultValue = "30000", description = "Lines of each imported orders export (default: ${DEFAULT-VALUE}).")
    int importLines;

    @Option(names = "--import-variants", defaultValue = "3000", description = "Variants of the second shop (default: ${DEFAULT-VALUE}).")
    int importVariants;

    @Option(names = "--files", description = "Where the second shop's exports are written and kept (default: <tmp>/cartwise-soak).")
    Path files = Path.of(System.getProperty("java.io.tmpdir"), "cartwise-soak");

    @Option(names = "--gc-log", description = "The server's GC log (-Xlog:gc:file=...): heap after GC per minute and in the verdict.")
    Path gcLog;

    @Option(names = "--server-pid", defaultValue = "0", description = "The server's process id on this machine: CPU per minute (0: not reported).")
    long serverPid;

    @Option(names = "--heap-warmup", defaultValue = "-1", description = "Seconds left out of the heap verdict at the start "
            + "(default: a fifth of the run, at most 60).")
    double heapWarmupSeconds;

    @Option(names = "--heap-allowance-percent", defaultValue = "10", description = "How much the heap after GC may grow, in percent (default: ${DEFAULT-VALUE}).")
    double heapAllowancePercent;

    @Option(names = "--heap-allowance-mb", defaultValue = "32", description = "... or in MB, whichever is more (default: ${DEFAULT-VALUE}).")
    long heapAllowanceMb;

    @Option(names = "--report-seconds", defaultValue = "60", description = "Seconds between two report blocks (default: ${DEFAULT-VALUE}).")
    double reportSeconds;

    @Option(names = "--limit", defaultValue = "5", description = "Recommendations asked per request (default: ${DEFAULT-VALUE}).")
    int limit;

    private final ErrorTally errors = new ErrorTally();
    private final List<JobOutcome> jobs = Collections.synchronizedList(new ArrayList<>());
    private long mostLateNanos;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakTool()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (minutes <= 0 || reportSeconds <= 0 || jobIntervalSeconds <= 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--minutes, --report-seconds and --job-interval must be positive");
        }
        List<List<CartItem>> cartList = Carts.from(carts);
        Duration timeout = Duration.ofMillis(timeoutMillis);
        double seconds = minutes * 60;
        double heapWarmup = heapWarmupSeconds >= 0 ? heapWarmupSeconds : Math.min(60, seconds / 5);
        System.out.printf(Locale.ROOT, "Cartwise soak, %s: gRPC %s, REST %s, shop '%s' (%d carts), %.1f minutes; planned per second: "
                        + "gRPC cart %.0f, gRPC product %.0f, REST cart %.0f, REST product %.0f, dashboard %.0f, event batches of %d %.0f + %.0f; "
                        + "jobs every %.0f s; timeout %d ms; %d cores%n", Instant.now(), grpcTarget, restBase, shop, cartList.size(), minutes,
                grpcCartRate, grpcProductRate, restCartRate, restProductRate, dashboardRate, eventsPerBatch, eventsRate, eventsRate,
                jobIntervalSeconds, timeoutMillis, Runtime.getRuntime().availableProcessors());
        try (GrpcDoors.Channels channels = new GrpcDoors.Channels(grpcTarget, 1, apiKey)) {
            ShopApi api = new ShopApi(restBase.toString(), apiKey);
            List<PacedLoad> loads;
            SecondShop.OrderExports exports;
            try {
                System.out.printf(Locale.ROOT, "first answer (the shop's model loaded): %.2f s%n",
                        GrpcDoors.prime(channels, shop, cartList.getFirst(), limit).toNanos() / 1e9);
                ShownAnswers shown = ShownAnswers.ask(channels, shop, cartList, ANSWERS_FOR_EVENTS, limit);
                exports = SecondShop.prepare(api, importShop, files, importLines, importVariants);
                loads = loads(channels, cartList, shown, timeout);
            } catch (Exception e) {
                System.err.println("SOAK NOT STARTED: " + e);
                return 2;
            }
            return soak(loads, api, exports, seconds, heapWarmup);
        }
    }

    private List<PacedLoad> loads(GrpcDoors.Channels channels, List<List<CartItem>> cartList, ShownAnswers shown, Duration timeout) {
        List<String> skus = cartList.stream().flatMap(List::stream).filter(item -> item.kind() == CartItem.Kind.SKU)
                .map(CartItem::value).distinct().limit(1000).toList();
        if (skus.isEmpty() && (grpcProductRate > 0 || restProductRate > 0)) {
            throw new IllegalArgumentException("the carts name no variant by SKU, which the product pages need: set both product rates to 0");
        }
        List<PacedLoad> loads = new ArrayList<>();
        add(loads, GrpcDoors.recommendForCart("grpc-cart", channels, timeout, shop, cartList, limit, false), grpcCartRate, timeout);
        add(loads, ReadDoors.recommendForProduct("grpc-product", channels, timeout, shop, skus, limit), grpcProductRate, timeout);
        add(loads, RestDoor.recommendations("rest-cart", restBase, shop, cartList, limit, apiKey), restCartRate, timeout);
        add(loads, RestDoor.productRecommendations("rest-product", restBase, shop, skus, limit, apiKey), restProductRate, timeout);
        add(loads, ReadDoors.dashboard("rest-dashboard", restBase, List.of(shop, importShop), apiKey), dashboardRate, timeout);
        add(loads, EventDoors.grpc("grpc-events", channels, timeout, shop, shown, eventsPerBatch), eventsRate, timeout);
        add(loads, EventDoors.rest("rest-events", restBase, shop, shown, eventsPerBatch, apiKey), eventsRate, timeout);
        return loads;
    }

    private void add(List<PacedLoad> loads, Door door, double rate, Duration timeout) {
        if (rate > 0) {
            loads.add(new PacedLoad(door, rate, workers, timeout.toNanos(), errors));
        }
    }

    private int soak(List<PacedLoad> loads, ShopApi api, SecondShop.OrderExports exports, double seconds, double heapWarmup)
            throws Exception {
        GcLogTail gc = gcLog == null ? null : new GcLogTail(gcLog);
        CpuMeter meter = serverPid > 0 ? new CpuMeter(serverPid, ProcessHandle.current().pid()) : null;
        meter = meter != null && meter.available() ? meter : null;
        long start = System.nanoTime() + 100_000_000L;
        long until = start + Math.round(seconds * 1e9);
        loads.forEach(load -> load.start(start, until));
        String importName = String.format(Locale.ROOT, "import of %,d order lines into %s", exports.lines(), importShop);
        Thread cycle = Thread.ofPlatform().name("soak-jobs").start(new JobCycle(api, shop, importShop, exports.files(), importName,
                Duration.ofMillis(Math.round(jobIntervalSeconds * 1000)), start, until, Duration.ofMillis(Math.round(jobLimitMinutes * 60_000)),
                errors, this::jobEnded));
        List<GcPause> pauses = report(loads, gc, meter, start, seconds);
        for (PacedLoad load : loads) {
            load.join();
            load.interval();
        }
        System.out.println(SoakReport.clock(elapsed(start)) + " load ended; waiting for the running job cycle to end");
        cycle.join();
        return verdict(loads, pauses, seconds, heapWarmup);
    }

    /** Prints a block every --report-seconds until the load's end; answers every collection the server logged meanwhile. */
    private List<GcPause> report(List<PacedLoad> loads, GcLogTail gc, CpuMeter meter, long start, double seconds)
            throws IOException, InterruptedException {
        List<GcPause> pauses = new ArrayList<>();
        List<String> names = loads.stream().map(PacedLoad::name).toList();
        double reported = 0;
        int jobsReported = 0;
        CpuMeter.Reading cpuFrom = meter == null ? null : meter.read();
        while (reported < seconds) {
            double next = Math.min(seconds, reported + reportSeconds);
            int pausesBefore = pauses.size();
            for (double now = elapsed(start); now < next; now = elapsed(start)) {
                Thread.sleep(Math.max(1, Math.min(1000, Math.round((next - now) * 1000))));
                if (gc != null) {
                    pauses.addAll(gc.poll(elapsed(start)));
                }
            }
            List<JobOutcome> ended;
            synchronized (jobs) {
                ended = List.copyOf(jobs.subList(jobsReported, jobs.size()));
                jobsReported = jobs.size();
            }
            CpuMeter.Reading cpuTo = meter == null ? null : meter.read();
            List<PacedLoad.Interval> intervals = loads.stream().map(PacedLoad::interval).toList();
            mostLateNanos = Math.max(mostLateNanos, intervals.stream().mapToLong(PacedLoad.Interval::pacerLateNanos).max().orElse(0));
            SoakReport.interval(reported, next, names, intervals,
                    pauses.subList(pausesBefore, pauses.size()), ended, cpuFrom == null ? null : CpuMeter.Usage.between(cpuFrom, cpuTo))
                    .forEach(System.out::println);
            cpuFrom = cpuTo;
            reported = next;
        }
        return pauses;
    }

    private int verdict(List<PacedLoad> loads, List<GcPause> pauses, double seconds, double heapWarmup) {
        System.out.printf(Locale.ROOT, "%nWhole run, %.1f minutes (rates are requests planned and sent per second):%n", seconds / 60);
        loads.forEach(load -> System.out.println(SoakReport.total(load, seconds)));
        long lateMs = mostLateNanos / 1_000_000;
        System.out.printf(Locale.ROOT, "this tool was late planning a request by up to %,d ms%s%n", lateMs, lateMs >= SoakReport.STARVED_MS
                ? ": the machine held it back (STARVED), so its timeouts may be the machine's, not the server's; run it on a quiet machine"
                : "");
        long requests = loads.stream().mapToLong(load -> load.answered() + load.failed()).sum();
        HeapTrend heap = gcLog == null
                ? HeapTrend.unknown("no GC log given (--gc-log)", new HeapTrend.Allowance(heapAllowancePercent, heapAllowanceMb))
                : HeapTrend.judge(pauses, heapWarmup, seconds, new HeapTrend.Allowance(heapAllowancePercent, heapAllowanceMb));
        SoakVerdict verdict = new SoakVerdict(requests, errors.byKind(), jobs, heap);
        verdict.lines().forEach(System.out::println);
        errors.byKind().keySet().forEach(kind -> System.out.println("  e.g. " + kind + ": " + errors.example(kind)));
        return verdict.passed() ? 0 : 1;
    }

    private void jobEnded(JobOutcome outcome) {
        jobs.add(outcome);
        System.out.println(SoakReport.clock(outcome.endedAtSeconds()) + " job: " + outcome.describe());
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
