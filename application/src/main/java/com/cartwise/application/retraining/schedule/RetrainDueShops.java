package com.cartwise.application.retraining.schedule;

import com.cartwise.application.retraining.RetrainingPlan;

import com.cartwise.application.flags.FlagCatalogue;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.jobs.start.StartJob;
import com.cartwise.application.port.RetrainingSchedules;
import com.cartwise.application.recommend.training.StartTraining;
import com.cartwise.application.recommend.training.TrainingRequest;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One round of the retraining scheduler: brings each trained shop's plan in line with its
 * schedule (its {@code retraining.cron} flag or the deployment's), and starts a training, through
 * {@link StartTraining} as a merchant would, for each plan that is due and that this replica
 * claims. A claim moves the plan to its next run before the training starts, so a shop busy
 * with another job (the start is then refused) waits for that next run.
 */
public final class RetrainDueShops {
    private final RetrainingSchedules schedules;
    private final RetrainingCron cron;
    private final FlagValues flags;
    private final StartTraining startTraining;
    private final Clock clock;

    public RetrainDueShops(RetrainingSchedules schedules, RetrainingCron cron, FlagValues flags, StartTraining startTraining,
                           Clock clock) {
        this.schedules = schedules;
        this.cron = cron;
        this.flags = flags;
        this.startTraining = startTraining;
        this.clock = clock;
    }

    /** A retraining this round started (or whose start was refused, e.g. a shop busy importing). */
    public record Retraining(ShopId shop, StartJob.Result start) {
    }

    public List<Retraining> execute() {
        Instant now = clock.instant();
        Map<ShopId, RetrainingPlan> plans = schedules.plans();
        List<Retraining> started = new ArrayList<>();
        boolean refreshed = false;
        for (ShopId shop : schedules.trainedShops()) {
            Optional<String> expression = cron.effective(flags.text(FlagCatalogue.RETRAINING_CRON, shop));
            RetrainingPlan plan = plans.get(shop);
            if (!refreshed && plan != null && !expression.equals(Optional.of(plan.cron()))) {
                // The plan disagrees with this replica's flags: another replica may have planned it from a
                // change this one has not refreshed yet. Undoing that plan would move a run due now to
                // the schedule's next one, so the flags are read afresh once before any plan is changed.
                flags.refresh();
                refreshed = true;
                expression = cron.effective(flags.text(FlagCatalogue.RETRAINING_CRON, shop));
            }
            if (expression.isEmpty()) {
                if (plan != null) {
                    schedules.unplan(shop);
                }
            } else if (plan == null || !plan.cron().equals(expression.get())) {
                schedules.plan(new RetrainingPlan(shop, expression.get(), cron.calendar().next(expression.get(), now)));
            } else if (!plan.nextRunAt().isAfter(now)
                    && schedules.claim(shop, plan.nextRunAt(), cron.calendar().next(plan.cron(), now))) {
                started.add(new Retraining(shop, startTraining.execute(shop, new TrainingRequest(Optional.empty()))));
            }
        }
        return started;
    }
}
