package com.cartwise.application.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.analytics.Figures;
import java.util.List;

/** The dashboard asks which (cart item, recommended variant) pairs shoppers took most. */
public final class ReadTopPairs {
    private final Shops shops;
    private final EventFigures figures;

    public ReadTopPairs(Shops shops, EventFigures figures) {
        this.shops = shops;
        this.figures = figures;
    }

    public Report<List<Figures.Pair>> execute(ReportQuery query) {
        return shops.find(query.shop()).isEmpty()
                ? new Report.ShopNotFound<>(query.shop())
                : new Report.Found<>(figures.topPairs(query.shop(), query.period(), query.limit()));
    }
}
