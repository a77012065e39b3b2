package com.cartwise.application.analytics;

import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Shops;
import com.cartwise.domain.analytics.Figures;
import com.cartwise.domain.analytics.OrderFigures;
import com.cartwise.domain.shop.Shop;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard asks what recommendations and bundles brought: orders with and without an accepted
 * recommendation (their revenue and average value), and what bundles sold for.
 */
public final class ReadRevenue {
    private final Shops shops;
    private final EventFigures figures;

    public ReadRevenue(Shops shops, EventFigures figures) {
        this.shops = shops;
        this.figures = figures;
    }

    /** @param currency the shop's: every revenue event is in it */
    public record Revenue(Currency currency, OrderFigures orders, long bundlePurchases, BigDecimal bundleRevenue) {
    }

    public Report<Revenue> execute(ReportQuery query) {
        Optional<Shop> shop = shops.find(query.shop());
        if (shop.isEmpty()) {
            return new Report.ShopNotFound<>(query.shop());
        }
        List<Figures.Bundle> bundles = figures.topBundles(query.shop(), query.period(), Integer.MAX_VALUE);
        return new Report.Found<>(new Revenue(shop.get().currency(), figures.orders(query.shop(), query.period()),
                bundles.stream().mapToLong(Figures.Bundle::purchases).sum(),
                bundles.stream().map(Figures.Bundle::revenue).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
