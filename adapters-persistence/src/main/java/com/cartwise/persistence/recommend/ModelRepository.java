package com.cartwise.persistence.recommend;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModelRepository extends GenericRepository<ModelRow, ModelKey> {

    ModelRow save(ModelRow row);

    /**
     * Locks the shop's row until the transaction ends, so that two trainings of one shop number
     * their models one after the other instead of both taking the same next version.
     */
    @Query("SELECT id FROM shops WHERE id = :shopId FOR UPDATE")
    Optional<String> lockShop(String shopId);

    @Query("SELECT coalesce(max(version), 0) FROM models WHERE shop_id = :shopId")
    long latestVersion(String shopId);

    @Query("SELECT * FROM models WHERE shop_id = :shopId ORDER BY version DESC LIMIT 1")
    Optional<ModelRow> findLatest(String shopId);
}
