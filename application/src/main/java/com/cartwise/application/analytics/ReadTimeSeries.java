package com.cartwise.application.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.Granularity;
import java.util.List;

/** The dashboard charts acceptance, orders and bundles by day or by week. */
public final class ReadTimeSeries {
    private final Shops shops;
    private final EventFigures figures;

    public ReadTimeSeries(Shops shops, EventFigures figures) {
        this.shops = shops;
        this.figures = figures;
    }

    /** Buckets without any event are left out: a chart draws them as gaps or zeros, as it prefers. */
    public Report<List<Figures.Bucket>> execute(ReportQuery query, Granularity granularity) {
        return shops.find(query.shop()).isEmpty()
                ? new Report.ShopNotFound<>(query.shop())
                : new Report.Found<>(figures.series(query.shop(), query.period(), granularity));
    }
}
