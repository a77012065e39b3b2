package com.cartwise.bootstrap.wiring;

import com.cartwise.application.bundles.generation.GenerationFlags;
import com.cartwise.application.flags.admin.ChangeFlag;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.flags.admin.ListFlagChanges;
import com.cartwise.application.flags.admin.ListFlags;
import com.cartwise.application.flags.TextRule;
import com.cartwise.application.recommend.holdout.ControlArm;
import com.cartwise.application.port.FeatureFlags;
import com.cartwise.application.port.Jobs;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.TrainRecommender;
import com.cartwise.application.retraining.schedule.RetrainingCron;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Wires the feature flags: the values this instance applies, the admin's use cases, and what each string flag's value is checked by. */
@Factory
final class FlagFactory {

    @Singleton
    FlagValues flagValues(FeatureFlags store) {
        return new FlagValues(store);
    }

    @Singleton
    ListFlags listFlags(Shops shops, FeatureFlags store) {
        return new ListFlags(shops, store);
    }

    @Singleton
    ListFlagChanges listFlagChanges(FeatureFlags store) {
        return new ListFlagChanges(store);
    }

    @Singleton
    ChangeFlag changeFlag(Shops shops, FeatureFlags store, FlagValues values, TrainRecommender trainRecommender, RetrainingCron cron,
                          Clock clock) {
        return new ChangeFlag(shops, store, values, Map.of(
                TextRule.SCORER, scorer -> trainRecommender.requireKnownMetric(Optional.of(scorer).filter(name -> !name.isEmpty())),
                TextRule.CRON, cron::check, TextRule.HOLDOUT_CONTROL, ControlArm::fromWireName), clock);
    }

    @Singleton
    GenerationFlags generationFlags(FlagValues values, Jobs jobs, Clock clock) {
        return new GenerationFlags(values, jobs, clock);
    }
}
