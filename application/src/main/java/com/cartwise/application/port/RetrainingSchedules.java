package com.cartwise.application.port;

import com.cartwise.application.retraining.RetrainingPlan;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shops' scheduled retrainings, shared by every replica: a due one is claimed in the
 * database, so that however many replicas look at once, one of them starts it.
 */
public interface RetrainingSchedules {

    /** The shops that have a trained model: the ones a schedule retrains. */
    List<ShopId> trainedShops();

    /** Every shop's plan. */
    Map<ShopId, RetrainingPlan> plans();

    /** Plans the shop's retraining; a plan with the same expression already there is kept as it is (another replica made it). */
    void plan(RetrainingPlan plan);

    /** The shop is no longer retrained on a schedule. */
    void unplan(ShopId shop);

    /**
     * Claims the run due at {@code due} and plans the next one: true for exactly one caller, however
     * many claim the same run at once; false when another claimed it first or the plan changed.
     */
    boolean claim(ShopId shop, Instant due, Instant next);
}
