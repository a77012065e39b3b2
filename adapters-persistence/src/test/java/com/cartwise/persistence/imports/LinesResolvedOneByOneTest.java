package com.cartwise.persistence.imports;

import com.cartwise.application.port.ShopSales;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.AssociationRules;
import com.cartwise.application.port.BundleOutcomes;
import com.cartwise.application.port.Catalog;
import com.cartwise.application.port.FeatureFlags;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.application.port.JobQueue;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import com.cartwise.persistence.orders.OrderHistoryContract;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.TestDatabase;
import java.util.List;

/**
 * An upload naming more distinct variants than the merge numbers as line keys resolves the rest
 * line by line: with room for a single key, the whole order history contract still holds.
 */
class LinesResolvedOneByOneTest extends OrderHistoryContract {
    private static final PostgresPorts POSTGRES = PostgresPorts.shared();
    private static final ImportStaging ONE_KEY =
            new JdbcImportStaging(TestDatabase.context().getBean(PooledConnections.class), 1);

    @Override
    protected Ports ports() {
        return new Ports() {
            @Override
            public Shops shops() {
                return POSTGRES.shops();
            }

            @Override
            public Catalog catalog() {
                return POSTGRES.catalog();
            }

            @Override
            public OrderHistory orderHistory() {
                return POSTGRES.orderHistory();
            }

            @Override
            public ModelStore modelStore() {
                return POSTGRES.modelStore();
            }

            @Override
            public ImportStaging staging() {
                return ONE_KEY;
            }

            @Override
            public Jobs jobs() {
                return POSTGRES.jobs();
            }

            @Override
            public JobQueue jobQueue() {
                return POSTGRES.jobQueue();
            }

            @Override
            public ShopSales shopSales() {
                return POSTGRES.shopSales();
            }

            @Override
            public BundleRecommendations bundleRecommendations() {
                return POSTGRES.bundleRecommendations();
            }

            @Override
            public ActiveBundles activeBundles() {
                return POSTGRES.activeBundles();
            }

            @Override
            public AssociationRules associationRules() {
                return POSTGRES.associationRules();
            }

            @Override
            public BundleOutcomes bundleOutcomes() {
                return POSTGRES.bundleOutcomes();
            }

            @Override
            public FeatureFlags featureFlags() {
                return POSTGRES.featureFlags();
            }

            @Override
            public List<Variant> allVariants(ShopId shop) {
                return POSTGRES.allVariants(shop);
            }
        };
    }
}
