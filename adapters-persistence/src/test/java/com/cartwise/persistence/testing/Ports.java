package com.cartwise.persistence.testing;

import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.FeatureFlags;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.ShopSales;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** The persistence ports one contract test runs against: PostgreSQL's or the in-memory fakes. */
public interface Ports {
    Shops shops();

    Catalog catalog();

    OrderHistory orderHistory();

    ModelStore modelStore();

    ImportStaging staging();

    Jobs jobs();

    JobQueue jobQueue();

    ShopSales shopSales();

    BundleRecommendations bundleRecommendations();

    ActiveBundles activeBundles();

    AssociationRules associationRules();

    BundleOutcomes bundleOutcomes();

    FeatureFlags featureFlags();

    /** Every variant of the shop, by ascending id: the {@link Catalog} port itself lists none. */
    List<Variant> allVariants(ShopId shop);
}
