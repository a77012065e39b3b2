package com.cartwise.application.fakes;

import com.cartwise.application.port.ModelStore;
import com.cartwise.application.port.RetrainingSchedules;
import com.cartwise.application.retraining.RetrainingPlan;
import com.cartwise.domain.shop.ShopId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link RetrainingSchedules} in a map; the trained shops are the known shops the model store has a model of. */
public final class InMemoryRetrainingSchedules implements RetrainingSchedules {
    private final InMemoryShops shops;
    private final ModelStore models;
    private final Map<ShopId, RetrainingPlan> plans = new HashMap<>();

    public InMemoryRetrainingSchedules(InMemoryShops shops, ModelStore models) {
        this.shops = shops;
        this.models = models;
    }

    @Override
    public List<ShopId> trainedShops() {
        return shops.ids().stream().filter(shop -> models.latest(shop).isPresent()).sorted(Comparator.comparing(ShopId::value)).toList();
    }

    @Override
    public synchronized Map<ShopId, RetrainingPlan> plans() {
        return Map.copyOf(plans);
    }

    @Override
    public synchronized void plan(RetrainingPlan plan) {
        RetrainingPlan existing = plans.get(plan.shop());
        if (existing == null || !existing.cron().equals(plan.cron())) {
            plans.put(plan.shop(), plan);
        }
    }

    @Override
    public synchronized void unplan(ShopId shop) {
        plans.remove(shop);
    }

    @Override
    public synchronized boolean claim(ShopId shop, Instant due, Instant next) {
        RetrainingPlan plan = plans.get(shop);
        if (plan == null || !plan.nextRunAt().equals(due)) {
            return false;
        }
        plans.put(shop, new RetrainingPlan(shop, plan.cron(), next));
        return true;
    }
}
