package com.cartwise.application.recommend;

import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.ServingMetrics;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The model each shop is served from, held in memory within a budget: loaded from the store on
 * first use, replaced whole (never mutated) after a training or an update, dropped when the
 * catalogue changes so that the next request sees current stock and prices, and dropped least
 * recently used first when the served models outgrow the budget (the next request reloads).
 * Every few seconds a request also asks, in the background, whether the store holds a newer
 * version (trained on another replica) and loads it. A restart loses nothing but this cache.
 * <p>
 * A shop's model is loaded by one caller at a time: requests that arrive while it loads wait for
 * that load. Each caller loading its own copy, a burst of tills on a cold million-order shop
 * decoded the same 130 MB model on every loading thread at once, and none was answered within its
 * deadline.
 */
public final class ServingModels {

    /**
     * @param memoryBudgetBytes what all served models may hold together; a single model larger
     *                          than this is still served, alone
     * @param versionCheck how often a served shop asks the store for a newer version
     */
    public record Settings(long memoryBudgetBytes, Duration versionCheck) {
        /** 1 GiB: a million-order shop's model is under 300 MB. */
        public static final long DEFAULT_MEMORY_BUDGET_BYTES = 1L << 30;
        public static final Duration DEFAULT_VERSION_CHECK = Duration.ofSeconds(2);
        public static final Settings DEFAULT = new Settings(DEFAULT_MEMORY_BUDGET_BYTES, DEFAULT_VERSION_CHECK);

        public Settings {
            if (memoryBudgetBytes < 0) {
                throw new IllegalArgumentException("cartwise.recommender.serving.memory-budget-bytes must be 0 (one model in memory at a time) or more,"
                        + " but was " + memoryBudgetBytes);
            }
            if (versionCheck == null || versionCheck.isNegative()) {
                throw new IllegalArgumentException("cartwise.recommender.serving.version-check must not be negative, but was " + versionCheck);
            }
        }
    }

    private final ModelStore store;
    private final Catalog catalog;
    private final Settings settings;
    private final Clock clock;
    private final Executor background;
    private final ServingMetrics metrics;
    private final ConcurrentMap<ShopId, Served> current = new ConcurrentHashMap<>();
    /**
     * Bumped by every eviction. A load that read the catalogue before an eviction must not be
     * cached after it, or stale stock would be served until the next import.
     */
    private final ConcurrentMap<ShopId, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong uses = new AtomicLong();
    /** The load under way for each shop, which callers arriving meanwhile wait for. */
    private final ConcurrentMap<ShopId, CompletableFuture<Optional<ServingModel>>> loading = new ConcurrentHashMap<>();

    /** A served model and when it was last used and checked. */
    private final class Served {
        final ServingModel model;
        final long bytes;
        volatile long lastUse;
        volatile long checkedAtMillis;
        final AtomicBoolean checking = new AtomicBoolean();

        Served(ServingModel model) {
            this.model = model;
            this.bytes = model.bytes();
            this.lastUse = uses.incrementAndGet();
            this.checkedAtMillis = clock.millis();
        }
    }

    /** Default settings; the version check runs on the requesting thread. */
    public ServingModels(ModelStore store, Catalog catalog) {
        this(store, catalog, Settings.DEFAULT, Clock.systemUTC(), Runnable::run);
    }

    /** @param background where version checks and the loads they trigger run, off the request's way */
    public ServingModels(ModelStore store, Catalog catalog, Settings settings, Clock clock, Executor background) {
        this(store, catalog, settings, clock, background, ServingMetrics.NONE);
    }

    /** @param metrics told of each cache hit and miss, and of the models in memory whenever they change */
    public ServingModels(ModelStore store, Catalog catalog, Settings settings, Clock clock, Executor background,
                         ServingMetrics metrics) {
        this.store = store;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.background = background;
        this.metrics = metrics;
    }

    /** The shop's newest model, or empty when it has none yet. */
    public Optional<ServingModel> current(ShopId shop) {
        Served served = current.get(shop);
        if (served != null) {
            metrics.hit();
            served.lastUse = uses.incrementAndGet();
            checkForNewerVersion(shop, served);
            return Optional.of(served.model);
        }
        metrics.miss();
        return load(shop);
    }

    /**
     * The shop's model if it is in memory now: never waits for the store (a newer version on another
     * replica is looked for in the background, as {@link #current} does).
     */
    public Optional<ServingModel> loaded(ShopId shop) {
        Served served = current.get(shop);
        if (served == null) {
            // Not a miss yet: the caller asks current() next, off the event loop, which counts it.
            return Optional.empty();
        }
        metrics.hit();
        served.lastUse = uses.incrementAndGet();
        checkForNewerVersion(shop, served);
        return Optional.of(served.model);
    }

    /** What {@link #warm} did. */
    public enum Warmed {
        /** The shop's model is in memory now. */
        SERVED,
        /** The shop has no model. */
        NO_MODEL,
        /** The model would not fit beside those in memory, so it was not kept: its first request loads it. */
        NO_ROOM
    }

    /**
     * Loads the shop's newest model ahead of its first request, as a starting replica does (see
     * {@link WarmUpModels}), but keeps it only if it fits the budget beside the models in memory:
     * unlike a request's load, it never pushes another shop out. A load, not a request, so no cache
     * miss is counted.
     */
    public Warmed warm(ShopId shop) {
        if (current.containsKey(shop)) {
            return Warmed.SERVED;
        }
        long generation = generation(shop);
        Optional<TrainedModel> stored = store.latest(shop);
        if (stored.isEmpty()) {
            return Warmed.NO_MODEL;
        }
        ServingModel model = serve(stored.get());
        synchronized (this) {
            if (!current.containsKey(shop) && servedBytes() + model.bytes() > settings.memoryBudgetBytes()) {
                return Warmed.NO_ROOM;
            }
            keepIfStillCurrent(model, generation);
        }
        return current.containsKey(shop) ? Warmed.SERVED : Warmed.NO_ROOM;
    }

    /** What all served models may hold together. */
    public long memoryBudgetBytes() {
        return settings.memoryBudgetBytes();
    }

    /** Serves a freshly trained or updated model from now on (unless a newer one is already served). */
    public void put(TrainedModel model) {
        long generation = generation(model.shop());
        keepIfStillCurrent(serve(model), generation);
    }

    /**
     * Serves a freshly trained model from now on: over the catalogue of the shop's model served
     * now when both number the same variants (a retraining over the same orders), as {@link
     * #putUpdate} does, else over the catalogue read now ({@link #put}). A served model's
     * catalogue is current, since a catalogue change evicts it; reading fimi-retail's again took
     * 0.45 s of its first training after a restart (docs/BENCHMARKS.md).
     */
    public void putTrained(TrainedModel model) {
        Served served = current.get(model.shop());
        if (served == null) {
            put(model);
        } else {
            putUpdate(served.model, model);
        }
    }

    /**
     * Serves an incremental update of the model served now: over the same catalogue when the
     * update numbers the same variants and {@code base} is still the one served (no catalogue
     * change evicted it meanwhile), else as {@link #put} does, with the catalogue read again.
     */
    public void putUpdate(ServingModel base, TrainedModel updated) {
        Optional<ServingModel> sameCatalogue = base.updatedTo(updated);
        if (sameCatalogue.isPresent()) {
            ServingModel model = sameCatalogue.get();
            Served now = current.computeIfPresent(updated.shop(), (shop, served) ->
                    served.model == base && base.version() < updated.version() ? new Served(model) : served);
            if (now != null && now.model == model) {
                keepWithinBudget(updated.shop());
                reportServed();
                return;
            }
        }
        put(updated);
    }

    /** Forgets the shop's model, e.g. because its catalogue changed; the next request reloads it. */
    public void evict(ShopId shop) {
        generations.merge(shop, 1L, Long::sum);
        if (current.remove(shop) != null) {
            reportServed();
        }
    }

    /** Memory all served models hold together. */
    public long servedBytes() {
        return current.values().stream().mapToLong(s -> s.bytes).sum();
    }

    /** Shops whose model is in memory now. */
    public List<ShopId> servedShops() {
        return List.copyOf(current.keySet());
    }

    private Optional<ServingModel> load(ShopId shop) {
        CompletableFuture<Optional<ServingModel>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<ServingModel>> underWay = loading.putIfAbsent(shop, mine);
        if (underWay != null) {
            return awaitLoad(underWay);
        }
        try {
            Optional<ServingModel> loaded = loadFromStore(shop);
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(shop, mine);
        }
    }

    private static Optional<ServingModel> awaitLoad(CompletableFuture<Optional<ServingModel>> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            // the loading caller's own failure, as it saw it
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Optional<ServingModel> loadFromStore(ShopId shop) {
        long generation = generation(shop);
        // Only shops that have a model are cached, so made-up shop ids cannot fill memory.
        Optional<ServingModel> loaded = store.latest(shop).map(this::serve);
        loaded.ifPresent(model -> keepIfStillCurrent(model, generation));
        return loaded;
    }

    private void checkForNewerVersion(ShopId shop, Served served) {
        long now = clock.millis();
        if (now - served.checkedAtMillis < settings.versionCheck().toMillis() || !served.checking.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                if (store.latestVersion(shop) > served.model.version()) {
                    load(shop);
                }
            } finally {
                served.checkedAtMillis = clock.millis();
                served.checking.set(false);
            }
        });
    }

    private long generation(ShopId shop) {
        return generations.getOrDefault(shop, 0L);
    }

    private void keepIfStillCurrent(ServingModel model, long generation) {
        ShopId shop = model.model().shop();
        current.compute(shop, (s, old) -> {
            if (generation(s) != generation) {
                return old;
            }
            return old == null || old.model.version() <= model.version() ? new Served(model) : old;
        });
        keepWithinBudget(shop);
        reportServed();
    }

    private void reportServed() {
        metrics.servedChanged(current.values().stream()
                .map(s -> new ServingMetrics.Served(s.model.model().shop(), s.model.version(), s.bytes, s.model.model().trainedAt()))
                .toList());
    }

    /** Drops the least recently used shops, never the one just served, until the rest fit the budget. */
    private synchronized void keepWithinBudget(ShopId justServed) {
        long total = servedBytes();
        if (total <= settings.memoryBudgetBytes()) {
            return;
        }
        List<Map.Entry<ShopId, Served>> byAge = new ArrayList<>(current.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().lastUse));
        for (Map.Entry<ShopId, Served> e : byAge) {
            if (total <= settings.memoryBudgetBytes()) {
                break;
            }
            if (!e.getKey().equals(justServed) && current.remove(e.getKey(), e.getValue())) {
                total -= e.getValue().bytes;
            }
        }
    }

    private ServingModel serve(TrainedModel model) {
        List<Long> ids = new ArrayList<>(model.model().counts().variants());
        for (int i = 0; i < model.model().counts().variants(); i++) {
            ids.add(model.model().counts().variantId(i));
        }
        List<Variant> known = catalog.variants(model.shop(), ids);
        List<String> skus = known.stream().map(Variant::sku).filter(sku -> !sku.isEmpty()).distinct().toList();
        // A SKU is a cart key only if no other variant has it, sold or not: fetch those too.
        Map<Long, Variant> catalogue = new HashMap<>();
        known.forEach(v -> catalogue.put(v.id(), v));
        catalog.variantsWithSkus(model.shop(), skus).forEach(v -> catalogue.putIfAbsent(v.id(), v));
        return new ServingModel(model, catalogue.values());
    }
}
