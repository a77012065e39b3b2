package com.cartwise.application.recommend;

import com.cartwise.domain.analytics.RecommendationId;
import java.util.Optional;

/** Every answer carries an id of its own; two answers are the same when all else is. */
final class Answers {
    private static final RecommendationId ANY = new RecommendationId("00000000000000000000000000000000");

    private Answers() {
    }

    static <R> Optional<R> ignoringId(Optional<R> answer) {
        return answer.map(Answers::ignoringId);
    }

    @SuppressWarnings("unchecked")
    static <R> R ignoringId(R answer) {
        if (answer instanceof RecommendForCart.Result.Recommended r) {
            return (R) new RecommendForCart.Result.Recommended(ANY, r.modelVersion(), r.metric(), r.recommendations(), r.source(),
                    r.reason());
        }
        return answer;
    }
}
