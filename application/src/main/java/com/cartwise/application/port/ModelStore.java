package com.cartwise.application.port;

import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.serving.ModelReport;
import com.cartwise.domain.recommend.serving.TrainedModel;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where trained models live; the newest version of a shop's model is the one in use. */
public interface ModelStore {

    /**
     * Stores a new model as the shop's next version and returns it with that version.
     *
     * @param updateOf for an incremental update, the version it continues; it must still be the
     *                 newest, or the update would silently drop whatever came in between
     * @throws StaleModelException when {@code updateOf} is no longer the newest version
     */
    TrainedModel save(ShopId shop, Instant trainedAt, LearnedModel model, EvaluationReport evaluation, Optional<Long> updateOf);

    Optional<TrainedModel> latest(ShopId shop);

    /** The newest version's number, 0 when the shop has none: cheap enough for every replica to ask every few seconds. */
    long latestVersion(ShopId shop);

    /**
     * A page of the models' reports, newest first, without loading a model.
     *
     * @param limit         at most this many
     * @param beforeVersion only versions older than this one (the last of the previous page), when present
     */
    List<ModelReport> reports(ShopId shop, int limit, java.util.OptionalLong beforeVersion);

    Optional<ModelReport> report(ShopId shop, long version);

    /**
     * Each shop's newest model, the most recently trained or updated first, without loading any:
     * what a starting replica loads before it takes requests.
     *
     * @param limit at most this many shops
     */
    List<NewestModel> newestModels(int limit);

    /** The newest model of each of these shops that has one, in the order the shops are given, each shop once. */
    List<NewestModel> newestModelsOf(List<ShopId> shops);

    /** A shop's newest model as listed, with the size it reported when it was stored. */
    record NewestModel(ShopId shop, long version, Instant trainedAt, long sizeBytes) {
    }

    /** An update was based on a version that another training or update has since superseded. */
    final class StaleModelException extends RuntimeException {
        public StaleModelException(ShopId shop, long basedOn, long newest) {
            super("shop '" + shop + "': an update of version " + basedOn + " arrived after version " + newest);
        }
    }
}
