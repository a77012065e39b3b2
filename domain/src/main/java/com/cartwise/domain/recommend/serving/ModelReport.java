package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a stored model says about itself without loading it: which scorer it ranks by, what it
 * counted, its size when served, and the evaluation behind it.
 *
 * @param sizeBytes memory of the model's arrays when served
 * @param updateOf the version whose counts this one continued with new orders, or empty for a full training
 */
public record ModelReport(ShopId shop, long version, String metric, Instant trainedAt, int orders, long sizeBytes,
                          Optional<Long> updateOf, EvaluationReport evaluation) {
    public ModelReport {
        if (shop == null || metric == null || trainedAt == null || updateOf == null || evaluation == null) {
            throw new IllegalArgumentException("a model report has every part");
        }
    }

    public static ModelReport of(TrainedModel model) {
        return new ModelReport(model.shop(), model.version(), model.metric(), model.trainedAt(), model.orders(),
                model.model().bytes(), model.updateOf(), model.evaluation());
    }
}
