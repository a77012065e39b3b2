package com.cartwise.application.recommend;

import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.recommend.ServingModel;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The model each shop is served from, held in memory: loaded from the store on first use,
 * replaced whole (never mutated) after training, dropped when the catalogue changes so that the
 * next request sees current stock and prices. A restart loses nothing but this cache.
 */
public final class ServingModels {
    private final ModelStore store;
    private final Catalog catalog;
    private final ConcurrentMap<ShopId, ServingModel> current = new ConcurrentHashMap<>();
    /**
     * Bumped by every eviction. A load that read the catalogue before an eviction must not be
     * cached after it, or stale stock would be served until the next import.
     */
    private final ConcurrentMap<ShopId, Long> generations = new ConcurrentHashMap<>();

    public ServingModels(ModelStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** The shop's newest model, or empty when it has none yet. */
    public Optional<ServingModel> current(ShopId shop) {
        ServingModel cached = current.get(shop);
        if (cached != null) {
            return Optional.of(cached);
        }
        long generation = generation(shop);
        // Only shops that have a model are cached, so made-up shop ids cannot fill memory.
        Optional<ServingModel> loaded = store.latest(shop).map(this::serve);
        loaded.ifPresent(model -> keepIfStillCurrent(model, generation));
        return loaded;
    }

    /** The shop's model if it is in memory now; never touches the store. */
    public Optional<ServingModel> loaded(ShopId shop) {
        return Optional.ofNullable(current.get(shop));
    }

    /** Serves a freshly trained model from now on (unless a newer one is already served). */
    public void put(TrainedModel model) {
        long generation = generation(model.shop());
        keepIfStillCurrent(serve(model), generation);
    }

    /** Forgets the shop's model, e.g. because its catalogue changed; the next request reloads it. */
    public void evict(ShopId shop) {
        generations.merge(shop, 1L, Long::sum);
        current.remove(shop);
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
            return old == null || old.version() <= model.version() ? model : old;
        });
    }

    private ServingModel serve(TrainedModel model) {
        List<Long> ids = new ArrayList<>(model.counts().variants());
        for (int i = 0; i < model.counts().variants(); i++) {
            ids.add(model.counts().variantId(i));
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
