package com.cartwise.persistence.recommend;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code model_evaluations}; {@code ordinal} keeps the report's order of metrics. */
@MappedEntity("model_evaluations")
record ModelEvaluationRow(@EmbeddedId ModelEvaluationKey key, int ordinal, int k, int cases, int hits) {
}
