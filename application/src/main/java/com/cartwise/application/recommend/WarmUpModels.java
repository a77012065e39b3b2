package com.cartwise.application.recommend;

import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Loads shops' models before a starting replica takes requests, so that a till's first call after
 * a deploy or a restart is answered from memory rather than after a load (over a second for a
 * million-order shop). First the shops whose tills called last (by their API keys' last use),
 * then the most recently trained ones (scheduled retraining gives every shop a recent model, so
 * training time alone says little of which shops are busy); as many as fit the served models'
 * memory budget (none pushing out another), and at most {@code maxShops}; the rest load on their
 * first request, as before.
 */
public final class WarmUpModels {
    /** How many shops a replica loads at start unless configured otherwise. */
    public static final int DEFAULT_MAX_SHOPS = 100;

    private final ModelStore store;
    private final ApiKeys keys;
    private final ServingModels serving;
    private final CompletableFuture<Result> ended = new CompletableFuture<>();

    public WarmUpModels(ModelStore store, ApiKeys keys, ServingModels serving) {
        this.store = store;
        this.keys = keys;
        this.serving = serving;
    }

    /**
     * @param loaded      the shops now served from memory, in the order they were loaded
     * @param left        shops with a model that did not fit the budget: they load on their first request
     * @param failed      shops whose model could not be loaded (their first request tries again)
     * @param servedBytes what the served models hold afterwards
     */
    public record Result(List<ShopId> loaded, List<ShopId> left, List<ShopId> failed, long servedBytes) {
        public Result {
            loaded = List.copyOf(loaded);
            left = List.copyOf(left);
            failed = List.copyOf(failed);
        }
    }

    /**
     * Ends when {@link #execute} has, however it went: what a server's health reports wait for
     * before they say the instance serves.
     */
    public CompletionStage<Result> ended() {
        return ended;
    }

    public Result execute(int maxShops) {
        try {
            Result result = load(maxShops);
            ended.complete(result);
            return result;
        } catch (RuntimeException e) {
            ended.completeExceptionally(e);
            throw e;
        }
    }

    private Result load(int maxShops) {
        if (maxShops < 0) {
            throw new IllegalArgumentException("the number of shops to load at start cannot be negative, but was " + maxShops);
        }
        List<ShopId> loaded = new ArrayList<>();
        List<ShopId> left = new ArrayList<>();
        List<ShopId> failed = new ArrayList<>();
        if (maxShops == 0) {
            return new Result(loaded, left, failed, serving.servedBytes());
        }
        for (ModelStore.NewestModel newest : inOrder(maxShops)) {
            // The size the model reported leaves out its catalogue: too big by it is too big, and saves a load.
            if (newest.sizeBytes() > serving.memoryBudgetBytes() - serving.servedBytes()) {
                left.add(newest.shop());
                continue;
            }
            try {
                switch (serving.warm(newest.shop())) {
                    case SERVED -> loaded.add(newest.shop());
                    case NO_ROOM -> left.add(newest.shop());
                    case NO_MODEL -> {
                        // its model went since it was listed (the shop was deleted): nothing to serve
                    }
                }
            } catch (RuntimeException e) {
                failed.add(newest.shop());
            }
        }
        return new Result(loaded, left, failed, serving.servedBytes());
    }

    /** The shops' newest models to load, busiest tills first, then the most recently trained; each shop once. */
    private List<ModelStore.NewestModel> inOrder(int maxShops) {
        Map<ShopId, ModelStore.NewestModel> order = new LinkedHashMap<>();
        for (ModelStore.NewestModel model : store.newestModelsOf(keys.shopsByLastUse(maxShops))) {
            order.put(model.shop(), model);
        }
        for (ModelStore.NewestModel model : store.newestModels(maxShops)) {
            if (order.size() == maxShops) {
                break;
            }
            order.putIfAbsent(model.shop(), model);
        }
        return List.copyOf(order.values());
    }
}
