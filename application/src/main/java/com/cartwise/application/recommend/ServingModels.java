package com.cartwise.application.recommend;

import com.cartwise.domain.catalog.Catalog;
import com.cartwise.domain.recommend.ModelStore;
import com.cartwise.domain.recommend.ServingModel;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
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
        // Only shops that have a model are cached, so made-up shop ids cannot fill memory.
        Optional<ServingModel> loaded = store.latest(shop).map(this::serve);
        loaded.ifPresent(this::keepNewest);
        return loaded;
    }

    public void put(TrainedModel model) {
        keepNewest(serve(model));
    }

    private void keepNewest(ServingModel model) {
        current.merge(model.model().shop(), model, (old, fresh) -> old.version() > fresh.version() ? old : fresh);
    }

    public void evict(ShopId shop) {
        current.remove(shop);
    }

    private ServingModel serve(TrainedModel model) {
        var ids = new java.util.ArrayList<Long>(model.counts().variants());
        for (int i = 0; i < model.counts().variants(); i++) {
            ids.add(model.counts().variantId(i));
        }
        return new ServingModel(model, catalog.variants(model.shop(), ids));
    }
}
