package com.cartwise.application.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.ServingModel;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * New orders reach the served model without a retraining: their counts are added to the model's,
 * its scorer's table is weighed again from the sums (exactly what a training on all orders with
 * the same scorer would learn), and the result is served at once as the next version, then stored
 * as it. The import pipeline calls this with the orders it has just added (not those it replaced:
 * their old lines are already counted, so a replacement needs a full training).
 * <p>
 * Served before it is stored: storing a million-order model (encoding 21 MB, writing it) took as
 * long as the update itself, and a till need not wait for it. The version is known beforehand (an
 * update of version v is stored as v + 1, or refused as stale), the store still decides: a stale
 * update is served no longer and starts again from the newest, and one the store fails to keep is
 * served no longer either (the next request loads what is stored). The update ends, and its job
 * with it, once stored: other replicas and a restart see what was stored, never more.
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
                // the store keeps instants to the microsecond: the served model carries the stored one
                Instant trainedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
                Optional<Long> updateOf = Optional.of(base.version());
                servingModels.putUpdate(served.get(),
                        new TrainedModel(shop, base.version() + 1, trainedAt, updated, base.evaluation(), updateOf));
                try {
                    TrainedModel saved = modelStore.save(shop, trainedAt, updated, base.evaluation(), updateOf);
                    return new Result.Updated(saved, command.orders().size());
                } catch (ModelStore.StaleModelException stale) {
                    // another replica stored a newer version meanwhile: start again from it
                    servingModels.evict(shop);
                    if (attempt == ATTEMPTS) {
                        throw stale;
                    }
                } catch (RuntimeException | Error notStored) {
                    servingModels.evict(shop);
                    throw notStored;
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
