package com.cartwise.application.port;

import com.cartwise.domain.recommend.CoOccurrenceModel;
import com.cartwise.domain.recommend.EvaluationReport;
import com.cartwise.domain.recommend.Metric;
import com.cartwise.domain.recommend.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Optional;

/** Where trained models live; the newest version of a shop's model is the one in use. */
public interface ModelStore {

    /** Stores a new model as the shop's next version and returns it with that version. */
    TrainedModel save(ShopId shop, Metric metric, Instant trainedAt, CoOccurrenceModel counts, EvaluationReport evaluation);

    Optional<TrainedModel> latest(ShopId shop);
}
