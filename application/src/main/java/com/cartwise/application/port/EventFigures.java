package com.cartwise.application.port;

import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.Granularity;
import com.cartwise.domain.analytics.HoldoutFigures;
import com.cartwise.domain.analytics.OrderFigures;
import com.cartwise.domain.analytics.Period;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/**
 * The figures the dashboard reads, summed over a shop's events of a period (docs/ANALYTICS.md
 * defines each). Where the database holds the events, it sums them: nothing is read row by row.
 */
public interface EventFigures {

    /** Every source that was shown, by its name. */
    List<Figures.BySource> acceptanceBySource(ShopId shop, Period period);

    /** Every variant that was shown: most shown first, then by id. */
    List<Figures.ByVariant> acceptanceByVariant(ShopId shop, Period period);

    /** (cart variant, shown variant) pairs: most accepted first, then most shown, then by ids. */
    List<Figures.Pair> topPairs(ShopId shop, Period period, int limit);

    /** Bundles viewed or bought: most revenue first, then most purchases, most views, then by key. */
    List<Figures.Bundle> topBundles(ShopId shop, Period period, int limit);

    OrderFigures orders(ShopId shop, Period period);

    /** Only the buckets with an event, oldest first. */
    List<Figures.Bucket> series(ShopId shop, Period period, Granularity granularity);

    /** Both arms of the shop's A/B holdout, each event's arm read from its recommendation id. */
    HoldoutFigures holdout(ShopId shop, Period period);
}
