package com.cartwise.application.recommend;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.EvaluationReport;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.OfflineEvaluation;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.util.Optional;

/**
 * Learns a shop's new model from all its orders: measures every metric offline, keeps the one
 * asked for or else the best, stores the model as the next version and serves it at once.
 */
public final class TrainRecommender {
    private final Shops shops;
    private final OrderHistory orderHistory;
    private final ModelStore modelStore;
    private final ServingModels servingModels;
    private final OfflineEvaluation evaluation;
    private final Clock clock;

    public TrainRecommender(Shops shops, OrderHistory orderHistory, ModelStore modelStore, ServingModels servingModels,
                            OfflineEvaluation evaluation, Clock clock) {
        this.shops = shops;
        this.orderHistory = orderHistory;
        this.modelStore = modelStore;
        this.servingModels = servingModels;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** @param metric the metric to rank by, or empty to choose the one that evaluates best */
    public record Command(ShopId shop, Optional<Metric> metric) {
        public Command {
            if (shop == null || metric == null) {
                throw new IllegalArgumentException("a training command names a shop and a (possibly empty) metric");
            }
        }
    }

    public Result execute(Command command) {
        ShopId shop = command.shop();
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        BasketHistory history = orderHistory.baskets(shop);
        if (history.baskets().isEmpty()) {
            return new Result.NothingToLearn(shop, history);
        }
        EvaluationReport report = evaluation.evaluate(history.baskets());
        Metric metric = command.metric().orElseGet(report::bestMetric);
        CoOccurrenceModel counts = CoOccurrenceModel.learn(history.baskets());
        TrainedModel model = modelStore.save(shop, metric, clock.instant(), counts, report);
        servingModels.put(model);
        return new Result.Trained(model, history);
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
