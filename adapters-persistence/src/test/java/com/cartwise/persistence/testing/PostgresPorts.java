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
import com.cartwise.persistence.TransactionalJdbc;
import io.micronaut.context.ApplicationContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The adapters as Micronaut wires them, on the shared embedded PostgreSQL. */
public final class PostgresPorts implements Ports {
    private static final PostgresPorts SHARED = new PostgresPorts(TestDatabase.context());

    private final ApplicationContext context;

    private PostgresPorts(ApplicationContext context) {
        this.context = context;
    }

    public static PostgresPorts shared() {
        return SHARED;
    }

    @Override
    public Shops shops() {
        return context.getBean(Shops.class);
    }

    @Override
    public Catalog catalog() {
        return context.getBean(Catalog.class);
    }

    @Override
    public OrderHistory orderHistory() {
        return context.getBean(OrderHistory.class);
    }

    @Override
    public ModelStore modelStore() {
        return context.getBean(ModelStore.class);
    }

    @Override
    public ImportStaging staging() {
        return context.getBean(ImportStaging.class);
    }

    @Override
    public Jobs jobs() {
        return context.getBean(Jobs.class);
    }

    @Override
    public JobQueue jobQueue() {
        return context.getBean(JobQueue.class);
    }

    @Override
    public ShopSales shopSales() {
        return context.getBean(ShopSales.class);
    }

    @Override
    public BundleRecommendations bundleRecommendations() {
        return context.getBean(BundleRecommendations.class);
    }

    @Override
    public ActiveBundles activeBundles() {
        return context.getBean(ActiveBundles.class);
    }

    @Override
    public AssociationRules associationRules() {
        return context.getBean(AssociationRules.class);
    }

    @Override
    public BundleOutcomes bundleOutcomes() {
        return context.getBean(BundleOutcomes.class);
    }

    @Override
    public FeatureFlags featureFlags() {
        return context.getBean(FeatureFlags.class);
    }

    @Override
    public List<Variant> allVariants(ShopId shop) {
        List<Long> ids = longs("SELECT id FROM variants WHERE shop_id = ?", shop);
        return catalog().variants(shop, ids).stream().sorted(Comparator.comparingLong(Variant::id)).toList();
    }

    /** Rows of a shop's table, counted behind the ports' back: proof that nothing was left over. */
    public long count(String table, ShopId shop) {
        return longs("SELECT count(*) FROM " + table + " WHERE shop_id = ?", shop).getFirst();
    }

    /** The first column of a query on one shop's rows (its one parameter), read behind the ports' back. */
    public List<Long> longs(String sql, ShopId shop) {
        return context.getBean(TransactionalJdbc.class).read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, shop.value());
                List<Long> values = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        values.add(row.getLong(1));
                    }
                }
                return values;
            }
        });
    }
}
