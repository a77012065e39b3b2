package com.cartwise.application.fakes;

import com.cartwise.application.catalog.ImportCatalog;
import com.cartwise.application.orders.ImportOrders;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.domain.recommend.OfflineEvaluation;
import java.time.Clock;

/** Every use case wired to in-memory fakes: the application as the adapters' tests see it. */
public final class InMemoryCartwise {
    public final InMemoryShops shops = new InMemoryShops();
    public final InMemoryCatalog catalog = new InMemoryCatalog(shops);
    public final InMemoryOrderHistory orderHistory = new InMemoryOrderHistory(catalog);
    public final InMemoryModelStore modelStore = new InMemoryModelStore();
    public final ServingModels servingModels = new ServingModels(modelStore, catalog);
    public final ImmediateTransactions transactions = new ImmediateTransactions();

    public final CreateShop createShop = new CreateShop(shops);
    public final FindShop findShop = new FindShop(shops);
    public final ImportCatalog importCatalog = new ImportCatalog(shops, catalog, transactions, servingModels);
    public final ImportOrders importOrders = new ImportOrders(shops, orderHistory, transactions);
    public final TrainRecommender trainRecommender;
    public final RecommendForCart recommendForCart = new RecommendForCart(shops, servingModels);

    public InMemoryCartwise(Clock clock) {
        trainRecommender = new TrainRecommender(shops, orderHistory, modelStore, servingModels,
                OfflineEvaluation.standard(), clock);
    }
}
