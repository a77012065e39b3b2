package com.cartwise.application.recommend.training;

import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.domain.shop.ShopId;

/**
 * The merchant (or a schedule) asks for a full training of a shop's recommender: queued as a job,
 * so that a long training neither holds an HTTP request nor races an import of the same shop.
 */
public final class StartTraining {
    private final StartJob startJob;
    private final TrainRecommender trainRecommender;

    public StartTraining(StartJob startJob, TrainRecommender trainRecommender) {
        this.startJob = startJob;
        this.trainRecommender = trainRecommender;
    }

    /** @throws com.cartwise.domain.InvalidInputException (field {@code metric}) for a scorer name that names none, before anything is queued */
    public StartJob.Result execute(ShopId shop, TrainingRequest request) {
        trainRecommender.requireKnownMetric(request.metric());
        return startJob.execute(shop, request);
    }
}
