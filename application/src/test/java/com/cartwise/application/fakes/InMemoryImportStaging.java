package com.cartwise.application.fakes;

import static com.cartwise.domain.imports.MergeCounts.CANCELLED_ORDERS;
import static com.cartwise.domain.imports.MergeCounts.CUSTOMERS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.CUSTOMERS_UPDATED;
import static com.cartwise.domain.imports.MergeCounts.IMAGE_ROWS;
import static com.cartwise.domain.imports.MergeCounts.ITEMS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ITEMS_WITHOUT_PRICE;
import static com.cartwise.domain.imports.MergeCounts.LINES;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_REPLACED;
import static com.cartwise.domain.imports.MergeCounts.ORDERS_UNCHANGED;
import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.PRODUCTS_UPDATED;
import static com.cartwise.domain.imports.MergeCounts.REFUNDED_LINES;
import static com.cartwise.domain.imports.MergeCounts.RETURNED_LINES;
import static com.cartwise.domain.imports.MergeCounts.STOCK_LEVELS;
import static com.cartwise.domain.imports.MergeCounts.UNMATCHED_LINES;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_RESTOCKED;
import static com.cartwise.domain.imports.MergeCounts.VARIANTS_UPDATED;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImageRow;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.MergeCounts;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.Refusal;
import com.cartwise.domain.imports.RunInventoryRow;
import com.cartwise.domain.imports.RunProductRow;
import com.cartwise.domain.imports.RunVariantRow;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.orders.LineResolution;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@link ImportStaging} in memory, held to the same contract as PostgreSQL's: the same checks on
 * the whole upload, the same merge rules (variants found by handle and options, else Shopify id, else a SKU
 * that one variant of the shop and one row of the upload have;
 * orders replaced by name; basket items added to the catalogue) and the same counts.
 */
public final class InMemoryImportStaging implements ImportStaging {
    private final InMemoryStore store;
    private final InMemoryJobs jobs;

    public InMemoryImportStaging(InMemoryStore store, InMemoryJobs jobs) {
        this.store = store;
        this.jobs = jobs;
    }

    @Override
    public Stage open(ShopId shop, JobId job) {
        return new MemoryStage(shop, job);
    }

    private final class MemoryStage implements Stage {
        private final ShopId shop;
        private final JobId job;
        private final List<ImportRecord> records = new ArrayList<>();
        private final List<ImportProblem> refused = new ArrayList<>();
        private final Map<Integer, FileRead> files = new TreeMap<>();
        private boolean loaded;

        MemoryStage(ShopId shop, JobId job) {
            this.shop = shop;
            this.job = job;
        }

        @Override
        public void add(ImportRecord record) {
            records.add(record);
        }

        @Override
        public void refuse(ImportProblem problem) {
            refused.add(problem);
        }

        @Override
        public void fileRead(int fileIndex, String fileName, UploadFormat format, FileFacts facts) {
            files.put(fileIndex, new FileRead(fileName, format, facts));
        }

        @Override
        public long load() {
            loaded = true;
            return records.stream().mapToLong(ImportRecord::rows).sum();
        }

        @Override
        public List<ImportProblem> check(boolean lenient, int maxProblems) {
            require(loaded);
            joinTransactionRuns();
            List<ImportProblem> problems = new ArrayList<>();
            for (Check check : checks()) {
                List<ImportRecord> offending = check.offending(records);
                if (offending.isEmpty()) {
                    continue;
                }
                if (!lenient) {
                    return List.of(problem(offending.getFirst(), check.reason()));
                }
                // Every row involved, in upload order, as PostgreSQL's stage reports them.
                List<SourceRow> rows = offending.stream().flatMap(record -> rowsOf(record).stream())
                        .sorted(Comparator.comparingInt(SourceRow::file).thenComparingLong(SourceRow::line)).toList();
                for (SourceRow row : rows) {
                    ImportProblem p = new ImportProblem(name(row.file()), row.line(), 0, "", "", check.reason());
                    problems.add(p);
                    refused.add(p);
                }
                records.removeAll(offending);
                if (problems.size() >= maxProblems) {
                    break;
                }
            }
            return problems;
        }

        @Override
        public MergeSummary merge() {
            require(loaded);
            InMemoryStore.ShopData data = store.of(shop);
            Map<Integer, Map<String, Long>> counts = new TreeMap<>();
            files.keySet().forEach(f -> counts.put(f, new LinkedHashMap<>()));
            boolean catalogue;
            boolean orders;
            long lastOrderBefore;
            long lastOrderAfter;
            synchronized (data) {
                catalogue = mergeRunCatalogue(data, counts) | mergeCatalogue(data, counts) | mergeStock(data, counts);
                mergeCustomers(data, counts);
                catalogue |= addItems(data, counts);
                lastOrderBefore = data.lastOrderId;
                orders = mergeOrders(data, counts);
                lastOrderAfter = data.lastOrderId;
            }
            long ordinal = 0;
            List<Refusal> report = new ArrayList<>();
            for (ImportProblem p : refused) {
                report.add(new Refusal(++ordinal, p));
            }
            jobs.keepRefusals(shop, job, report);
            List<Map<String, Long>> perFile = new ArrayList<>();
            counts.forEach((file, found) -> {
                Map<String, Long> named = new LinkedHashMap<>();
                MergeCounts.of(files.get(file).format()).forEach(n -> named.put(n, found.getOrDefault(n, 0L)));
                perFile.add(named);
            });
            return new MergeSummary(perFile, catalogue, orders,
                    lastOrderAfter > lastOrderBefore ? OptionalLong.of(lastOrderBefore) : OptionalLong.empty());
        }

        /** A transaction file's invoice met again later in the file is the same invoice: its runs join the first. */
        private void joinTransactionRuns() {
            Map<String, Integer> first = new HashMap<>();
            List<ImportRecord> joined = new ArrayList<>();
            for (ImportRecord record : records) {
                if (record instanceof OrderRecord order && files.get(order.source().file()).format() == UploadFormat.TRANSACTIONS) {
                    String key = order.source().file() + "\u0000" + order.name();
                    Integer at = first.get(key);
                    if (at != null) {
                        OrderRecord earlier = (OrderRecord) joined.get(at);
                        List<LineRecord> lines = new ArrayList<>(earlier.lines());
                        lines.addAll(order.lines());
                        joined.set(at, new OrderRecord(earlier.source(), earlier.name(), earlier.header(), lines));
                        continue;
                    }
                    first.put(key, joined.size());
                }
                joined.add(record);
            }
            records.clear();
            records.addAll(joined);
        }

        private boolean mergeCatalogue(InMemoryStore.ShopData data, Map<Integer, Map<String, Long>> counts) {
            List<VariantRow> rows = of(VariantRow.class);
            records.stream().filter(ImageRow.class::isInstance).forEach(r -> count(counts, r.source().file(), IMAGE_ROWS));
            Map<String, VariantRow> firsts = new LinkedHashMap<>();
            rows.forEach(r -> firsts.putIfAbsent(r.variant().product().handle(), r));
            firsts.forEach((handle, first) -> {
                if (data.products.put(handle, first.variant().product()) == null) {
                    count(counts, first.source().file(), PRODUCTS_ADDED);
                }
            });
            Map<VariantRow, Long> targets = new LinkedHashMap<>();
            for (VariantRow row : rows) {
                find(data, row.variant().product().handle(), row.variant().optionValues()).ifPresent(id -> targets.put(row, id));
            }
            for (VariantRow row : rows) {
                Long shopifyId = row.variant().shopifyVariantId();
                if (!targets.containsKey(row) && shopifyId != null) {
                    byShopifyId(data, shopifyId).filter(id -> !targets.containsValue(id)).ifPresent(id -> targets.put(row, id));
                }
            }
            Map<String, Long> unmatchedSkus = new HashMap<>();
            rows.stream().filter(r -> !targets.containsKey(r) && !r.variant().sku().isEmpty())
                    .forEach(r -> unmatchedSkus.merge(r.variant().sku(), 1L, Long::sum));
            for (VariantRow row : rows) {
                String sku = row.variant().sku();
                if (!targets.containsKey(row) && unmatchedSkus.getOrDefault(sku, 0L) == 1) {
                    Long shopifyId = row.variant().shopifyVariantId();
                    uniqueSku(data, sku).filter(id -> !targets.containsValue(id))
                            .filter(id -> shopifyId == null || data.variants.get(id).shopifyVariantId == null
                                    || shopifyId.equals(data.variants.get(id).shopifyVariantId))
                            .ifPresent(id -> targets.put(row, id));
                }
            }
            for (VariantRow row : rows) {
                VariantRecord v = row.variant();
                Long target = targets.get(row);
                if (v.shopifyVariantId() != null) {
                    data.variants.forEach((id, stored) -> {
                        if (v.shopifyVariantId().equals(stored.shopifyVariantId) && !id.equals(target)) {
                            stored.shopifyVariantId = null;
                        }
                    });
                }
                InMemoryStore.StoredVariant stored = target == null ? new InMemoryStore.StoredVariant() : data.variants.get(target);
                Long keptShopifyId = stored.shopifyVariantId;
                BigDecimal keptCost = stored.cost;
                Long keptItem = stored.inventoryItemId;
                stored.handle = v.product().handle();
                stored.optionValues = v.optionValues();
                stored.sku = v.sku();
                stored.barcode = v.barcode();
                stored.shopifyVariantId = v.shopifyVariantId() != null ? v.shopifyVariantId() : keptShopifyId;
                stored.price = v.price();
                stored.priceGiven = true;
                stored.stock = v.stock();
                stored.compareAtPrice = v.compareAtPrice();
                stored.cost = v.cost() != null ? v.cost() : keptCost;
                stored.inventoryItemId = v.inventoryItemId() != null ? v.inventoryItemId() : keptItem;
                if (target == null) {
                    data.variants.put(store.nextVariantId(), stored);
                    count(counts, row.source().file(), VARIANTS_ADDED);
                } else {
                    count(counts, row.source().file(), VARIANTS_UPDATED);
                }
            }
            return !rows.isEmpty();
        }

        private boolean mergeRunCatalogue(InMemoryStore.ShopData data, Map<Integer, Map<String, Long>> counts) {
            Map<Long, String> handles = new HashMap<>();
            data.shopifyProductIds.forEach((handle, id) -> handles.put(id, handle));
            for (RunProductRow row : of(RunProductRow.class)) {
                String handle = handles.getOrDefault(row.productId(), row.product().handle());
                Product p = row.product(files.get(row.source().file()).facts().monthFirstDates());
                Product merged = new Product(handle, p.title(), p.vendor(), p.productType(), p.tags(), p.status(), p.category(),
                        p.collections(), p.createdAt());
                count(counts, row.source().file(), data.products.put(handle, merged) == null ? PRODUCTS_ADDED : PRODUCTS_UPDATED);
                data.shopifyProductIds.put(handle, row.productId());
                handles.put(row.productId(), handle);
            }
            List<RunVariantRow> variants = of(RunVariantRow.class);
            for (RunVariantRow row : variants) {
                String handle = handles.get(row.productId());
                List<String> options = row.optionValues();
                Optional<Long> target = byShopifyId(data, row.variantId()).or(() -> find(data, handle, options));
                data.variants.forEach((id, stored) -> {
                    if (Long.valueOf(row.variantId()).equals(stored.shopifyVariantId) && !Optional.of(id).equals(target)) {
                        stored.shopifyVariantId = null;
                    }
                });
                InMemoryStore.StoredVariant stored = target.map(data.variants::get).orElseGet(() -> {
                    InMemoryStore.StoredVariant fresh = new InMemoryStore.StoredVariant();
                    fresh.barcode = "";
                    fresh.stock = Stock.untracked();
                    return fresh;
                });
                stored.handle = handle;
                stored.optionValues = options;
                stored.sku = row.sku();
                stored.shopifyVariantId = row.variantId();
                stored.price = row.price();
                stored.priceGiven = true;
                stored.compareAtPrice = row.compareAtPrice();
                stored.cost = row.cost() != null ? row.cost() : stored.cost;
                stored.inventoryItemId = row.inventoryItemId() != null ? row.inventoryItemId() : stored.inventoryItemId;
                if (target.isEmpty()) {
                    data.variants.put(store.nextVariantId(), stored);
                    count(counts, row.source().file(), VARIANTS_ADDED);
                } else {
                    count(counts, row.source().file(), VARIANTS_UPDATED);
                }
            }
            return !variants.isEmpty();
        }

        private boolean mergeStock(InMemoryStore.ShopData data, Map<Integer, Map<String, Long>> counts) {
            Map<Integer, java.util.Set<Long>> restocked = new TreeMap<>();
            boolean any = false;
            for (ImportRecord record : records) {
                Long variant = null;
                String location = null;
                Integer quantity = null;
                if (record instanceof InventoryLevelRow level) {
                    variant = level.variant().handle().isEmpty() ? uniqueSku(data, level.variant().sku()).orElse(null)
                            : find(data, level.variant().handle(), level.variant().optionValues()).orElse(null);
                    location = level.location();
                    quantity = level.available().isPresent() ? level.available().getAsInt()
                            : level.onHand().isPresent() ? level.onHand().getAsInt() : 0;
                } else if (record instanceof RunInventoryRow level) {
                    variant = data.variants.entrySet().stream().filter(e -> Long.valueOf(level.inventoryItemId())
                            .equals(e.getValue().inventoryItemId)).map(Map.Entry::getKey).findFirst().orElse(null);
                    location = level.location();
                    quantity = level.available();
                }
                if (variant != null) {
                    any = true;
                    data.levels.put(variant + "@" + location, quantity);
                    count(counts, record.source().file(), STOCK_LEVELS);
                    restocked.computeIfAbsent(record.source().file(), f -> new java.util.HashSet<>()).add(variant);
                }
            }
            restocked.forEach((file, variants) -> {
                addCount(counts, file, VARIANTS_RESTOCKED, variants.size());
                for (long id : variants) {
                    int total = data.levels.entrySet().stream().filter(e -> e.getKey().startsWith(id + "@"))
                            .mapToInt(Map.Entry::getValue).sum();
                    InMemoryStore.StoredVariant v = data.variants.get(id);
                    v.stock = new Stock(true, total, v.stock.sellsWhenOutOfStock());
                }
            });
            return any;
        }

        private void mergeCustomers(InMemoryStore.ShopData data, Map<Integer, Map<String, Long>> counts) {
            for (CustomerRow row : of(CustomerRow.class)) {
                count(counts, row.source().file(), data.customers.put(row.key(), row) == null ? CUSTOMERS_ADDED : CUSTOMERS_UPDATED);
            }
        }

        /** Basket data's item codes the catalogue does not know become its variants, priced by the last price above 0 given (else 0, not given). */
        private boolean addItems(InMemoryStore.ShopData data, Map<Integer, Map<String, Long>> counts) {
            Map<String, LineRecord> firstLine = new LinkedHashMap<>();
            Map<String, BigDecimal> lastPrice = new HashMap<>();
            for (OrderRecord order : of(OrderRecord.class)) {
                for (LineRecord line : order.lines()) {
                    if (line.createsVariant() && data.variants.values().stream().noneMatch(v -> v.sku.equals(line.sku()))) {
                        firstLine.putIfAbsent(line.sku(), line);
                        if (line.price() != null && line.price().signum() > 0) {
                            lastPrice.put(line.sku(), line.price());
                        }
                    }
                }
            }
            new TreeMap<>(firstLine).forEach((sku, line) -> {
                String handle = "item:" + sku;
                String title = line.name().isEmpty() ? sku : line.name();
                data.products.putIfAbsent(handle, new Product(handle, title, "", "", List.of(), ProductStatus.ACTIVE));
                InMemoryStore.StoredVariant v = new InMemoryStore.StoredVariant();
                v.handle = handle;
                v.optionValues = List.of();
                v.sku = sku;
                v.barcode = "";
                v.price = lastPrice.getOrDefault(sku, BigDecimal.ZERO);
                v.priceGiven = lastPrice.containsKey(sku);
                v.stock = Stock.untracked();
                data.variants.put(store.nextVariantId(), v);
                count(counts, line.source().file(), ITEMS_ADDED);
                if (!lastPrice.containsKey(sku)) {
                    count(counts, line.source().file(), ITEMS_WITHOUT_PRICE);
                }
            });
            return !firstLine.isEmpty();
        }

        private boolean mergeOrders(InMemoryStore.ShopData data, Map<Integer, Map<String, Long>> counts) {
            List<OrderRecord> orders = of(OrderRecord.class);
            LineResolution resolution = new LineResolution(store.variants(shop));
            boolean changed = false;
            for (OrderRecord order : orders) {
                int file = order.source().file();
                boolean monthFirst = files.get(file).facts().monthFirstDates();
                InMemoryStore.StoredOrder existing = data.orders.get(order.name());
                boolean unchanged = existing != null && existing.contentHash() == order.contentHash();
                long id = existing != null ? existing.id() : ++data.lastOrderId;
                List<InMemoryStore.StoredLine> lines = new ArrayList<>();
                for (LineRecord line : order.lines()) {
                    boolean refunded = line.refunded() || order.header().fullyRefunded();
                    lines.add(new InMemoryStore.StoredLine(line.name(), line.sku(), line.shopifyVariantId(), line.quantity(), refunded,
                            line.price(), line.discount()));
                    count(counts, file, LINES);
                    if (line.quantity() < 0) {
                        count(counts, file, RETURNED_LINES);
                    }
                    if (refunded) {
                        count(counts, file, REFUNDED_LINES);
                    }
                    if (resolution.variantOf(line.shopifyVariantId(), line.sku(), line.name()).isEmpty()) {
                        count(counts, file, UNMATCHED_LINES);
                    }
                }
                boolean cancelled = order.header().cancelledAt().isPresent();
                if (!unchanged) {
                    data.orders.put(order.name(), new InMemoryStore.StoredOrder(id, order.name(),
                            order.header().createdAt().read(monthFirst), cancelled, lines, order.contentHash()));
                    changed = true;
                }
                count(counts, file, existing == null ? ORDERS_ADDED : unchanged ? ORDERS_UNCHANGED : ORDERS_REPLACED);
                if (cancelled) {
                    count(counts, file, CANCELLED_ORDERS);
                }
            }
            return changed;
        }

        private Optional<Long> find(InMemoryStore.ShopData data, String handle, List<String> options) {
            return data.variants.entrySet().stream()
                    .filter(e -> e.getValue().handle.equals(handle) && e.getValue().optionValues.equals(options))
                    .map(Map.Entry::getKey).findFirst();
        }

        private Optional<Long> byShopifyId(InMemoryStore.ShopData data, long shopifyId) {
            return data.variants.entrySet().stream().filter(e -> Long.valueOf(shopifyId).equals(e.getValue().shopifyVariantId))
                    .map(Map.Entry::getKey).findFirst();
        }

        private Optional<Long> uniqueSku(InMemoryStore.ShopData data, String sku) {
            List<Long> ids = data.variants.entrySet().stream().filter(e -> e.getValue().sku.equals(sku)).map(Map.Entry::getKey).toList();
            return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
        }

        private <T> List<T> of(Class<T> type) {
            return records.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** The checks of PostgreSQL's stage, in its order: what the whole upload must not hold. */
        private List<Check> checks() {
            InMemoryStore.ShopData data = store.of(shop);
            return List.of(
                    twice(OrderRecord.class, OrderRecord::name, "an order listed more than once in the upload"),
                    twice(VariantRow.class, r -> r.variant().product().handle() + "\u0000" + r.variant().optionValues(),
                            "a variant the upload lists more than once"),
                    twice(VariantRow.class, r -> r.variant().shopifyVariantId(), "a Shopify variant id given to more than one variant"),
                    twice(InventoryLevelRow.class, r -> r.variant() + "@" + r.location(), "stock given more than once"),
                    new Check("stock of a variant neither the shop's catalogue nor this upload has", rs -> rs.stream()
                            .filter(r -> r instanceof InventoryLevelRow level && !knownVariant(data, level)).toList()),
                    twice(CustomerRow.class, CustomerRow::key, "a customer the upload lists more than once"),
                    twice(RunProductRow.class, RunProductRow::productId, "a product the upload lists more than once"),
                    twice(RunVariantRow.class, RunVariantRow::variantId, "a variant the upload lists more than once"),
                    new Check("a variant of a product neither catalog_joined.csv nor the shop's catalogue has", rs -> rs.stream()
                            .filter(r -> r instanceof RunVariantRow v && of(RunProductRow.class).stream()
                                    .noneMatch(p -> p.productId() == v.productId())
                                    && !data.shopifyProductIds.containsValue(v.productId())).toList()),
                    new Check("stock of an inventory item no variant has", rs -> rs.stream()
                            .filter(r -> r instanceof RunInventoryRow level && of(RunVariantRow.class).stream()
                                    .noneMatch(v -> Objects.equals(v.inventoryItemId(), level.inventoryItemId()))
                                    && data.variants.values().stream()
                                    .noneMatch(v -> Long.valueOf(level.inventoryItemId()).equals(v.inventoryItemId))).toList()));
        }

        private boolean knownVariant(InMemoryStore.ShopData data, InventoryLevelRow level) {
            if (level.variant().handle().isEmpty()) {
                return data.variants.values().stream().anyMatch(v -> v.sku.equals(level.variant().sku()))
                        || of(VariantRow.class).stream().anyMatch(v -> v.variant().sku().equals(level.variant().sku()));
            }
            return find(data, level.variant().handle(), level.variant().optionValues()).isPresent()
                    || of(VariantRow.class).stream().anyMatch(v -> v.variant().product().handle().equals(level.variant().handle())
                    && v.variant().optionValues().equals(level.variant().optionValues()));
        }

        /**
         * Records of a type that share a key with another: strict reports the second one (where the
         * upload contradicts itself), lenient takes every one of them out.
         */
        private <T extends ImportRecord> Check twice(Class<T> type, Function<T, Object> key, String reason) {
            return new Check(reason, rs -> {
                Map<Object, List<T>> byKey = new LinkedHashMap<>();
                rs.stream().filter(type::isInstance).map(type::cast).filter(r -> key.apply(r) != null)
                        .forEach(r -> byKey.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
                List<ImportRecord> offending = new ArrayList<>();
                byKey.values().stream().filter(group -> group.size() > 1).forEach(offending::addAll);
                // The strict answer names the first repetition in upload order, as the staged SQL does.
                offending.sort(Comparator.comparing((ImportRecord r) -> byKey.get(key.apply(type.cast(r))).getFirst() == r)
                        .thenComparingInt(r -> r.source().file()).thenComparingLong(r -> r.source().line()));
                return offending;
            });
        }

        private ImportProblem problem(ImportRecord record, String reason) {
            FileRead file = files.get(record.source().file());
            return new ImportProblem(file.name(), record.source().line(), file.facts().keyColumn(), file.facts().keyColumnName(), "",
                    reason);
        }

        private List<SourceRow> rowsOf(ImportRecord record) {
            return record instanceof OrderRecord order ? order.lines().stream().map(LineRecord::source).toList()
                    : List.of(record.source());
        }

        private String name(int file) {
            return files.get(file).name();
        }

        private void require(boolean condition) {
            if (!condition) {
                throw new IllegalStateException("load() the stage first");
            }
        }

        @Override
        public void close() {
            records.clear();
        }
    }

    private static void count(Map<Integer, Map<String, Long>> counts, int file, String name) {
        addCount(counts, file, name, 1);
    }

    private static void addCount(Map<Integer, Map<String, Long>> counts, int file, String name, long n) {
        counts.computeIfAbsent(file, f -> new LinkedHashMap<>()).merge(name, n, Long::sum);
    }

    private record FileRead(String name, UploadFormat format, FileFacts facts) {
    }

    /** A check: what it finds wrong, and the records it finds so. */
    private record Check(String reason, Function<List<ImportRecord>, List<ImportRecord>> finder) {
        List<ImportRecord> offending(List<ImportRecord> records) {
            return finder.apply(records);
        }
    }
}
