package com.cartwise.application.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.analytics.Figures;
import java.util.List;

/** The dashboard asks how often shown recommendations were taken, per source and per recommended variant. */
public final class ReadAcceptance {
    private final Shops shops;
    private final EventFigures figures;

    public ReadAcceptance(Shops shops, EventFigures figures) {
        this.shops = shops;
        this.figures = figures;
    }

    /** @param byVariant at most the query's limit, most shown first */
    public record Acceptances(List<Figures.BySource> bySource, List<Figures.ByVariant> byVariant) {
    }

    public Report<Acceptances> execute(ReportQuery query) {
        if (shops.find(query.shop()).isEmpty()) {
            return new Report.ShopNotFound<>(query.shop());
        }
        List<Figures.ByVariant> variants = figures.acceptanceByVariant(query.shop(), query.period());
        return new Report.Found<>(new Acceptances(figures.acceptanceBySource(query.shop(), query.period()),
                variants.subList(0, Math.min(variants.size(), query.limit()))));
    }
}
