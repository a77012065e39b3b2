package com.cartwise.persistence.imports;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import jakarta.inject.Singleton;

/** {@link ImportStaging} on PostgreSQL: spooled to local files, COPYed into session tables, merged in one transaction. */
@Singleton
public final class JdbcImportStaging implements ImportStaging {
    private final PooledConnections connections;

    JdbcImportStaging(PooledConnections connections) {
        this.connections = connections;
    }

    @Override
    public Stage open(ShopId shop, JobId job) {
        return new JdbcStage(shop, job, connections);
    }
}
