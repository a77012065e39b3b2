package com.cartwise.application.analytics;

import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Shops;
import com.cartwise.application.recommend.holdout.Holdout;
import com.cartwise.application.recommend.holdout.Holdouts;
import com.cartwise.domain.analytics.HoldoutFigures;
import com.cartwise.domain.shop.Shop;
import java.util.Currency;
import java.util.Optional;

/**
 * The dashboard asks what the A/B holdout shows: both arms' acceptance and order values over a
 * period, the lift of the treatment over the control with its confidence intervals, and the
 * holdout the flags set now (the period may cover answers given under other settings).
 */
public final class ReadHoldout {
    private final Shops shops;
    private final EventFigures figures;
    private final Holdouts holdouts;

    public ReadHoldout(Shops shops, EventFigures figures, FlagValues flags) {
        this.shops = shops;
        this.figures = figures;
        this.holdouts = new Holdouts(flags);
    }

    /** @param currency the shop's: every order value is in it */
    public record HoldoutReport(Currency currency, Holdout current, HoldoutFigures arms) {
    }

    public Report<HoldoutReport> execute(ReportQuery query) {
        Optional<Shop> shop = shops.find(query.shop());
        if (shop.isEmpty()) {
            return new Report.ShopNotFound<>(query.shop());
        }
        return new Report.Found<>(new HoldoutReport(shop.get().currency(), holdouts.of(query.shop()),
                figures.holdout(query.shop(), query.period())));
    }
}
