package com.cartwise.application.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * New orders reach the served model without a retraining: their counts are added to the model's,
 * its scorer's table is weighed again from the sums (exactly what a training on all orders with
 * the same scorer would learn), and the result is stored as the next version and served at once.
 * The import pipeline calls this with the orders it has just added (not those it replaced: their
 * old lines are already counted, so a replacement needs a full training).
 */
public final class UpdateRecommender {
    private static final int ATTEMPTS = 3;

    private final ServingModels servingModels;
    private final ModelStore modelStore;
    private final Clock clock;
    private final ConcurrentMap<ShopId, Object> locks = new ConcurrentHashMap<>();

    public UpdateRecommender(ServingModels servingModels, ModelStore modelStore, Clock clock) {
        this.servingModels = servingModels;
        this.modelStore = modelStore;
        this.clock = clock;
    }

    /** @param orders the new orders as baskets of catalogue variants (resolved as {@code OrderHistory.baskets} resolves them) */
    public record Command(ShopId shop, Baskets orders) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            InvalidInputException.require(orders != null, "orders", "are required");
        }
    }

    public Result execute(Command command) {
        ShopId shop = command.shop();
        if (command.orders().isEmpty()) {
            return new Result.NothingToAdd(shop);
        }
        // one update of a shop at a time in this process; the store catches one racing on another replica
        synchronized (locks.computeIfAbsent(shop, s -> new Object())) {
            for (int attempt = 1; ; attempt++) {
                Optional<ServingModel> served = servingModels.current(shop);
                if (served.isEmpty()) {
                    return new Result.NoModel(shop);
                }
                TrainedModel base = served.get().model();
                LearnedModel updated = base.model().plus(command.orders());
                try {
                    TrainedModel saved = modelStore.save(shop, clock.instant(), updated, base.evaluation(), Optional.of(base.version()));
                    servingModels.putUpdate(served.get(), saved);
                    return new Result.Updated(saved, command.orders().size());
                } catch (ModelStore.StaleModelException stale) {
                    if (attempt == ATTEMPTS) {
                        throw stale;
                    }
                    // another replica stored a newer version meanwhile: start again from it
                    servingModels.evict(shop);
                }
            }
        }
    }

    public sealed interface Result {
        /** @param ordersAdded the orders counted into the new version */
        record Updated(TrainedModel model, int ordersAdded) implements Result {
        }

        /** The shop has no model to update (or does not exist): train one first; it will count these orders. */
        record NoModel(ShopId shop) implements Result {
        }

        record NothingToAdd(ShopId shop) implements Result {
        }
    }
}
