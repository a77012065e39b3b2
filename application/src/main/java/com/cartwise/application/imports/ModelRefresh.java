package com.cartwise.application.imports;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.domain.imports.MergeSummary;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.shop.ShopId;

/**
 * What an import's merge means for the shop's served model. New variants, prices or stock make
 * it reload from the catalogue; orders the import added reach it at once as an incremental update
 * (their counts added to the model's); orders it replaced are already counted as they were, which
 * only a full training can undo, so the report says so instead.
 */
final class ModelRefresh {
    private final OrderHistory orderHistory;
    private final UpdateRecommender updateRecommender;
    private final ServingModels servingModels;

    ModelRefresh(OrderHistory orderHistory, UpdateRecommender updateRecommender, ServingModels servingModels) {
        this.orderHistory = orderHistory;
        this.updateRecommender = updateRecommender;
        this.servingModels = servingModels;
    }

    ImportReport.ModelChange after(ShopId shop, MergeSummary merged) {
        if (merged.catalogueChanged()) {
            servingModels.evict(shop);
        }
        if (merged.ordersReplaced() > 0) {
            return new ImportReport.ModelChange.NeedsTraining(merged.ordersReplaced());
        }
        // A shop without a model has nothing to update: its first training counts these orders. Reading
        // them anyway cost a million-order first import 12 s.
        if (merged.ordersAddedAfter().isEmpty() || servingModels.current(shop).isEmpty()) {
            return new ImportReport.ModelChange.None();
        }
        BasketHistory added = orderHistory.baskets(shop, merged.ordersAddedAfter().getAsLong());
        return switch (updateRecommender.execute(new UpdateRecommender.Command(shop, added.baskets()))) {
            case UpdateRecommender.Result.Updated updated ->
                    new ImportReport.ModelChange.Updated(updated.model().version(), updated.ordersAdded());
            case UpdateRecommender.Result.NoModel noModel -> new ImportReport.ModelChange.None();
            case UpdateRecommender.Result.NothingToAdd nothing -> new ImportReport.ModelChange.None();
        };
    }
}
