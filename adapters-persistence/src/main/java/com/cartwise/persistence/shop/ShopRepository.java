package com.cartwise.persistence.shop;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShopRepository extends GenericRepository<ShopRow, String> {

    Optional<ShopRow> findById(String id);

    /**
     * One statement, so that two requests creating the same shop at once cannot both succeed:
     * answers 1 when the row was added, 0 when a shop with that id existed.
     */
    @Query("INSERT INTO shops (id, name, currency) VALUES (:id, :name, :currency) ON CONFLICT (id) DO NOTHING")
    int insertIfAbsent(String id, String name, String currency);
}
