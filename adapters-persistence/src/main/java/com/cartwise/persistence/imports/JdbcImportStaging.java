package com.cartwise.persistence.imports;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.ImportStaging;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** {@link ImportStaging} on PostgreSQL: spooled to local files, COPYed into session tables, merged in one transaction. */
@Singleton
public final class JdbcImportStaging implements ImportStaging {
    private final PooledConnections connections;
    private final int lineKeyLimit;

    @Inject
    JdbcImportStaging(PooledConnections connections) {
        this(connections, LineKeys.LIMIT);
    }

    /** With fewer line keys than the default, so that tests see lines resolved one by one. */
    JdbcImportStaging(PooledConnections connections, int lineKeyLimit) {
        this.connections = connections;
        this.lineKeyLimit = lineKeyLimit;
    }

    @Override
    public Stage open(ShopId shop, JobId job) {
        return new JdbcStage(shop, job, connections, new RecordSpooler(new LineKeys(lineKeyLimit)));
    }
}
