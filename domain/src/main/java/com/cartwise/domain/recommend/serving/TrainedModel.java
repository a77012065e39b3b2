package com.cartwise.domain.recommend.serving;

import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/**
 * A shop's model as stored: immutable, numbered 1, 2, 3 ... per shop.
 *
 * @param updateOf the version whose counts this one continued with new orders, or empty for a full training
 * @param evaluation the offline evaluation of the training this model comes from (for an update, its base's)
 */
public record TrainedModel(ShopId shop, long version, Instant trainedAt, LearnedModel model, EvaluationReport evaluation,
                           Optional<Long> updateOf) {
    public TrainedModel {
        if (shop == null || trainedAt == null || model == null || evaluation == null || updateOf == null) {
            throw new IllegalArgumentException("a trained model has every part");
        }
        if (version < 1) {
            throw new IllegalArgumentException("model versions start at 1, but was " + version);
        }
    }

    /** The scorer's wire name, e.g. {@code rp3beta(alpha=1,beta=0.5)}: the word the APIs call "metric". */
    public String metric() {
        return model.scorer().wireName();
    }

    /** Orders the model counted. */
    public int orders() {
        return model.counts().orders();
    }
}
