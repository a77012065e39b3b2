package com.cartwise.application.fakes;

import com.cartwise.application.catalog.ImportCatalog;
import com.cartwise.application.orders.ImportOrders;
import com.cartwise.application.recommend.DescribeModel;
import com.cartwise.application.recommend.ListModels;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.application.recommend.RecommendForProduct;
import com.cartwise.application.recommend.ServingModels;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.recommend.UpdateRecommender;
import com.cartwise.application.shop.CreateShop;
import com.cartwise.application.shop.FindShop;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
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
    public final UpdateRecommender updateRecommender;
    public final RecommendForCart recommendForCart = new RecommendForCart(shops, servingModels);
    public final RecommendForProduct recommendForProduct = new RecommendForProduct(shops, servingModels);
    public final ListModels listModels = new ListModels(shops, modelStore);
    public final DescribeModel describeModel = new DescribeModel(shops, modelStore);

    public InMemoryCartwise(Clock clock) {
        trainRecommender = new TrainRecommender(shops, orderHistory, modelStore, servingModels, RecommenderTraining.standard(), clock);
        updateRecommender = new UpdateRecommender(servingModels, modelStore, clock);
    }
}
