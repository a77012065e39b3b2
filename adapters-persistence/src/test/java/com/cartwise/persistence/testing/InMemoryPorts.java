package com.cartwise.persistence.testing;

import com.cartwise.application.fakes.InMemoryActiveBundles;
import com.cartwise.application.fakes.InMemoryAssociationRules;
import com.cartwise.application.fakes.InMemoryBundleOutcomes;
import com.cartwise.application.fakes.InMemoryBundleRecommendations;
import com.cartwise.application.fakes.InMemoryCatalog;
import com.cartwise.application.fakes.InMemoryFeatureFlags;
import com.cartwise.application.fakes.InMemoryImportStaging;
import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.fakes.InMemoryModelStore;
import com.cartwise.application.fakes.InMemoryOrderHistory;
import com.cartwise.application.fakes.InMemoryShopSales;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.application.fakes.InMemoryStore;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import java.util.Comparator;
import java.util.List;

/** The application's in-memory fakes, fresh for each test: the reference the real adapters must match. */
public record InMemoryPorts(InMemoryShops shops, InMemoryCatalog catalog, InMemoryOrderHistory orderHistory,
                            InMemoryModelStore modelStore, InMemoryImportStaging staging, InMemoryJobs jobs,
                            InMemoryShopSales shopSales, InMemoryBundleRecommendations bundleRecommendations,
                            InMemoryActiveBundles activeBundles, InMemoryAssociationRules associationRules,
                            InMemoryBundleOutcomes bundleOutcomes, InMemoryFeatureFlags featureFlags) implements Ports {

    public static InMemoryPorts create() {
        InMemoryShops shops = new InMemoryShops();
        InMemoryStore store = new InMemoryStore(shops);
        InMemoryJobs jobs = new InMemoryJobs();
        return new InMemoryPorts(shops, new InMemoryCatalog(store), new InMemoryOrderHistory(store), new InMemoryModelStore(),
                new InMemoryImportStaging(store, jobs), jobs, new InMemoryShopSales(shops, store), new InMemoryBundleRecommendations(),
                new InMemoryActiveBundles(), new InMemoryAssociationRules(), new InMemoryBundleOutcomes(), new InMemoryFeatureFlags());
    }

    @Override
    public InMemoryJobs jobQueue() {
        return jobs;
    }

    @Override
    public List<Variant> allVariants(ShopId shop) {
        return catalog.all(shop).stream().sorted(Comparator.comparingLong(Variant::id)).toList();
    }
}
