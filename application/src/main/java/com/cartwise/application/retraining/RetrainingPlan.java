package com.cartwise.application.retraining;

import com.cartwise.domain.shop.ShopId;
import java.time.Instant;

/** A shop's scheduled retraining: the expression it follows and when it is next due. */
public record RetrainingPlan(ShopId shop, String cron, Instant nextRunAt) {
    public RetrainingPlan {
        if (shop == null || cron == null || cron.isBlank() || nextRunAt == null) {
            throw new IllegalArgumentException("a retraining plan names its shop, its cron expression and its next run");
        }
    }
}
