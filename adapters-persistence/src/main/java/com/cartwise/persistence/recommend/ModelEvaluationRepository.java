package com.cartwise.persistence.recommend;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModelEvaluationRepository extends GenericRepository<ModelEvaluationRow, ModelEvaluationKey> {

    List<ModelEvaluationRow> saveAll(Iterable<ModelEvaluationRow> rows);

    @Query("SELECT * FROM model_evaluations WHERE shop_id = :shopId AND version = :version ORDER BY ordinal")
    List<ModelEvaluationRow> findByModel(String shopId, long version);
}
