package com.cartwise.application.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.scoring.Scorer;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.Optional;

/**
 * Learns a shop's new model from all its orders: measures every candidate scorer offline on the
 * shop's own time split, keeps the one asked for or else the best, stores the model as the next
 * version and serves it at once.
 */
public final class TrainRecommender {
    private final Shops shops;
    private final OrderHistory orderHistory;
    private final ModelStore modelStore;
    private final ServingModels servingModels;
    private final RecommenderTraining training;
    private final Clock clock;

    public TrainRecommender(Shops shops, OrderHistory orderHistory, ModelStore modelStore, ServingModels servingModels,
                            RecommenderTraining training, Clock clock) {
        this.shops = shops;
        this.orderHistory = orderHistory;
        this.modelStore = modelStore;
        this.servingModels = servingModels;
        this.training = training;
        this.clock = clock;
    }

    /** @param metric the scorer to rank by (its wire name, e.g. {@code cosine}), or empty to choose the one that evaluates best */
    public record Command(ShopId shop, Optional<String> metric) {
        public Command {
            if (shop == null || metric == null) {
                throw new IllegalArgumentException("a training command names a shop and a (possibly empty) metric");
            }
        }
    }

    /** @throws com.cartwise.domain.InvalidInputException (field {@code metric}) for a scorer name that names none */
    public Result execute(Command command) {
        return execute(command, Steps.NONE);
    }

    /** As {@link #execute(Command)}, telling {@code steps} as each step begins (a job reports them, and may stop there). */
    public Result execute(Command command, Steps steps) {
        Optional<Scorer> asked = command.metric().map(training::scorer);
        ShopId shop = command.shop();
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        steps.reading();
        BasketHistory history = orderHistory.baskets(shop);
        if (history.baskets().isEmpty()) {
            return new Result.NothingToLearn(shop, history);
        }
        steps.learning(history);
        RecommenderTraining.Trained trained = training.train(history.baskets(), asked);
        steps.storing(trained);
        TrainedModel model = modelStore.save(shop, clock.instant(), trained.model(), trained.report(), Optional.empty());
        servingModels.putTrained(model);
        return new Result.Trained(model, history);
    }

    /** Checks that a scorer name names one, before a job is queued for it. */
    public void requireKnownMetric(Optional<String> metric) {
        metric.ifPresent(training::scorer);
    }

    /** The steps of a training, as each begins; {@link #storing} is the last moment to stop it without a trace. */
    public interface Steps {
        Steps NONE = new Steps() {
        };

        default void reading() {
        }

        default void learning(BasketHistory history) {
        }

        default void storing(RecommenderTraining.Trained trained) {
        }
    }

    public sealed interface Result {
        record Trained(TrainedModel model, BasketHistory history) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        /** No order line resolves to a catalogue variant: import orders (and the catalogue) first. */
        record NothingToLearn(ShopId shop, BasketHistory history) implements Result {
        }
    }
}
