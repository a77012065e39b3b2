package com.cartwise.rest.access;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {"api_keys": [...]}: a shop's keys, oldest first; a shop has few, so one page holds them all. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ApiKeysPage(List<ApiKeyJson> apiKeys) {
}
