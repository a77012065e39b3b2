package com.cartwise.application.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.analytics.Figures;
import java.util.List;

/** The dashboard asks which bundles sold most, with their views and conversion. */
public final class ReadTopBundles {
    private final Shops shops;
    private final EventFigures figures;

    public ReadTopBundles(Shops shops, EventFigures figures) {
        this.shops = shops;
        this.figures = figures;
    }

    public Report<List<Figures.Bundle>> execute(ReportQuery query) {
        return shops.find(query.shop()).isEmpty()
                ? new Report.ShopNotFound<>(query.shop())
                : new Report.Found<>(figures.topBundles(query.shop(), query.period(), query.limit()));
    }
}
