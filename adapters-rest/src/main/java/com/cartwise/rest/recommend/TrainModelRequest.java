package com.cartwise.rest.recommend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/**
 * {"metric": "cosine"} to rank by that scorer (any scorer's name, e.g. {@code rp3beta(alpha=1,beta=0.5)+recent});
 * without it training keeps the candidate that evaluates best on the shop's own orders.
 */
@Serdeable
// a training takes seconds to minutes and replaces the served model: a misspelt member is refused, not ignored
@JsonIgnoreProperties(ignoreUnknown = false)
public record TrainModelRequest(@Nullable String metric) {

    Optional<String> chosenMetric() {
        return Optional.ofNullable(metric);
    }
}
