package com.cartwise.rest.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * What a products export import did.
 *
 * @param rows data rows in the file (header excluded): variant rows plus image rows
 * @param imageRows rows that only add a product image, which Cartwise does not store
 * @param warnings how the file was read where it had to guess, for the merchant to check
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductsImported(String type, String file, long rows, long imageRows, long productsAdded,
                               long variantsAdded, long variantsUpdated, List<String> warnings) {
}
