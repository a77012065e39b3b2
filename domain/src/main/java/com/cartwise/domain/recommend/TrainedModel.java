package com.cartwise.domain.recommend;

import com.cartwise.domain.shop.ShopId;
import java.time.Instant;

/** A shop's model as stored: immutable, numbered 1, 2, 3 ... per shop. */
public record TrainedModel(ShopId shop, long version, Metric metric, Instant trainedAt,
                           CoOccurrenceModel counts, EvaluationReport evaluation) {
    public TrainedModel {
        if (shop == null || metric == null || trainedAt == null || counts == null || evaluation == null) {
            throw new IllegalArgumentException("a trained model has every part");
        }
        if (version < 1) {
            throw new IllegalArgumentException("model versions start at 1, but was " + version);
        }
    }
}
