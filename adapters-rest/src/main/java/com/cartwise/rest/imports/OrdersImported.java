package com.cartwise.rest.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * What an orders export import did.
 *
 * @param rows line rows in the file (header excluded)
 * @param ordersReplaced orders the shop had already, replaced by the file's version
 * @param dateFormat how the file writes its dates: {@code with_offset}, {@code day_first} or {@code month_first}
 * @param warnings how the file was read where it had to guess (an assumed day/month order, zoneless times read as UTC)
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrdersImported(String type, String file, long rows, long ordersAdded, long ordersReplaced, long lines,
                             String dateFormat, List<String> warnings) {
}
