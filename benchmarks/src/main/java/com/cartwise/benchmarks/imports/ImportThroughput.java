package com.cartwise.benchmarks.imports;

import com.cartwise.benchmarks.data.SyntheticShop;
import com.cartwise.benchmarks.data.SyntheticShopGenerator;
import com.cartwise.benchmarks.jobs.JobPhases;
import com.cartwise.benchmarks.jobs.ToolOptions;
import com.cartwise.benchmarks.machine.CpuMeter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a generated Shopify orders export into a running Cartwise and reports how fast the job
 * went from claimed to merged (upload on disk, then parse, validate, COPY, merge), per phase, from
 * the job's own event times; and, given the server's GC log, the heap live after each collection
 * during the import, to show it does not grow with the file. Round 1 imports every order new,
 * round 2 the same file again (every order unchanged), round 3 the same orders each changed (every
 * order replaced). {@code --train true} then trains the shop's model as a job and times its phases.
 * Given the server's process id on this machine, each job also reports the CPU the server spent
 * on it and how many cores other processes kept busy meanwhile (a shared machine's figures say
 * what they measured; PostgreSQL's CPU counts among the other processes).
 *
 * <pre>
 * java -cp ... com.cartwise.benchmarks.imports.ImportThroughput --server http://localhost:18690 \
 *     [--lines 1000000] [--variants 50000] [--rounds 3] [--train true] [--files DIR] [--gc-log FILE] [--server-pid PID]
 * </pre>
 */
public final class ImportThroughput {
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String server;
    private final String key;
    private final ShopApi api;
    private final CpuMeter meter;

    private ImportThroughput(String server, String key, long serverPid) {
        this.server = server;
        this.key = key;
        this.api = new ShopApi(server, key);
        CpuMeter cpu = new CpuMeter(serverPid, ProcessHandle.current().pid());
        this.meter = serverPid > 0 && cpu.available() ? cpu : null;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ToolOptions.parse(args);
        String server = options.getOrDefault("server", "http://localhost:18690");
        int lines = Integer.parseInt(options.getOrDefault("lines", "1000000"));
        int variants = Integer.parseInt(options.getOrDefault("variants", "50000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        boolean train = Boolean.parseBoolean(options.getOrDefault("train", "false"));
        Path files = Path.of(options.getOrDefault("files", System.getProperty("java.io.tmpdir") + "/cartwise-import-bench"));
        Path gcLog = options.containsKey("gc-log") ? Path.of(options.get("gc-log")) : null;
        long serverPid = Long.parseLong(options.getOrDefault("server-pid", "0"));

        Files.createDirectories(files);
        Path products = files.resolve("products_export-" + variants + ".csv");
        Path orders = files.resolve("orders_export-" + lines + "x" + variants + ".csv");
        Path changed = files.resolve("orders_export-" + lines + "x" + variants + "-changed.csv");
        if (!Files.exists(orders) || !Files.exists(products) || !Files.exists(changed)) {
            long started = System.nanoTime();
            // Enough orders for the lines wanted: the generator averages under three lines an order.
            SyntheticShop shop = new SyntheticShopGenerator(new SyntheticShopGenerator.Settings(Math.max(1000, lines / 2),
                    variants, 3, 20_250_101L)).generate();
            ShopifyExportFiles.writeProducts(shop, products);
            long written = ShopifyExportFiles.writeOrders(shop, orders, lines);
            ShopifyExportFiles.writeOrders(shop, changed, lines, 2);
            System.out.printf(Locale.ROOT, "generated %s (%,d lines, %,d bytes) and %s in %.1f s%n", orders.getFileName(), written,
                    Files.size(orders), products.getFileName(), (System.nanoTime() - started) / 1e9);
        }
        long lineCount;
        try (var all = Files.lines(orders)) {
            lineCount = all.count() - 1;
        }
        new ImportThroughput(server, ToolOptions.apiKey(options), serverPid)
                .run(products, List.of(orders, orders, changed).subList(0, Math.min(3, rounds)), lineCount, train, gcLog);
    }

    private void run(Path products, List<Path> rounds, long lines, boolean train, Path gcLog) throws Exception {
        String shop = "import-bench-" + UUID.randomUUID().toString().substring(0, 8);
        if (!api.createShop(shop, "Import benchmark", "EUR")) {
            throw new IllegalStateException("shop " + shop + " exists already: a benchmark's shop is new");
        }
        Result catalogue = importFile(shop, products, gcLog);
        System.out.printf(Locale.ROOT, "products export: %s%n", catalogue.describe(Files.readAllLines(products).size() - 1));
        List<String> meanings = List.of("all orders new", "the same file again, every order unchanged",
                "the same orders each changed, every order replaced");
        for (int round = 0; round < rounds.size(); round++) {
            Result result = importFile(shop, rounds.get(round), gcLog);
            System.out.printf(Locale.ROOT, "orders export, round %d (%s): %s%n", round + 1, meanings.get(round), result.describe(lines));
        }
        if (train) {
            long gcBefore = gcLog == null ? 0 : Files.size(gcLog);
            CpuMeter.Reading cpuBefore = meter == null ? null : meter.read();
            JobPhases phases = JobPhases.follow(http, uri(api.startTraining(shop) + "/events"), key);
            Result result = new Result(0, phases, gcLog == null ? List.of() : heapDuring(gcLog, gcBefore), cpuSince(cpuBefore));
            System.out.printf(Locale.ROOT, "training on the shop's orders: %s%n", result.describe(lines));
        }
    }

    private Result importFile(String shop, Path file, Path gcLog) throws Exception {
        long gcBefore = gcLog == null ? 0 : Files.size(gcLog);
        CpuMeter.Reading cpuBefore = meter == null ? null : meter.read();
        long uploadStarted = System.nanoTime();
        String location = api.startImport(shop, List.of(file));
        double uploadSeconds = (System.nanoTime() - uploadStarted) / 1e9;
        JobPhases phases = JobPhases.follow(http, uri(location + "/events"), key);
        List<long[]> heap = gcLog == null ? List.of() : heapDuring(gcLog, gcBefore);
        return new Result(uploadSeconds, phases, heap, cpuSince(cpuBefore));
    }

    /** "; server CPU 12.3 s, other processes (the database among them) 0.4 cores, load 3.1" since the reading, or "". */
    private String cpuSince(CpuMeter.Reading before) {
        if (before == null) {
            return "";
        }
        CpuMeter.Usage usage = CpuMeter.Usage.between(before, meter.read());
        return String.format(Locale.ROOT, "; server CPU %.1f s, other processes (the database among them) %.2f cores, load %.1f",
                usage.serverSeconds(), usage.othersCores(), CpuMeter.loadAverage());
    }

    /** Heap before and after each collection the server logged since {@code offset}, in MB. */
    private static List<long[]> heapDuring(Path gcLog, long offset) throws IOException {
        List<long[]> heap = new ArrayList<>();
        byte[] all = Files.readAllBytes(gcLog);
        String added = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
        Matcher m = GC.matcher(added);
        while (m.find()) {
            heap.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        return heap;
    }

    private URI uri(String path) {
        return URI.create(server + path);
    }

    private record Result(double uploadSeconds, JobPhases phases, List<long[]> heap, String cpu) {
        String describe(long lines) {
            if (!"succeeded".equals(phases.state())) {
                return "the job ended " + phases.state();
            }
            double seconds = phases.seconds();
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%,d lines in %.2f s = %,.0f lines/s (upload %.2f s);",
                    lines, seconds, lines / seconds, uploadSeconds));
            s.append(phases.describe());
            if (!heap.isEmpty()) {
                long maxAfter = heap.stream().mapToLong(h -> h[1]).max().orElse(0);
                long maxBefore = heap.stream().mapToLong(h -> h[0]).max().orElse(0);
                s.append(String.format(Locale.ROOT, "; heap during the job: %d collections, at most %d MB live after one,"
                        + " %d MB before one, of %d MB", heap.size(), maxAfter, maxBefore, heap.getLast()[2]));
            }
            return s.append(cpu).toString();
        }
    }
}
