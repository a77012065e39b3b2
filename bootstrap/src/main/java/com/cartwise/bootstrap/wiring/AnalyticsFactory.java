package com.cartwise.bootstrap.wiring;

import com.cartwise.application.analytics.ReadAcceptance;
import com.cartwise.application.analytics.ReadHoldout;
import com.cartwise.application.analytics.ReadRevenue;
import com.cartwise.application.analytics.ReadTimeSeries;
import com.cartwise.application.analytics.ReadTopBundles;
import com.cartwise.application.analytics.ReadTopPairs;
import com.cartwise.application.analytics.RecordEvents;
import com.cartwise.application.flags.values.FlagValues;
import com.cartwise.application.port.ActiveBundles;
import com.cartwise.application.port.EventFigures;
import com.cartwise.application.port.Events;
import com.cartwise.application.port.Shops;
import com.cartwise.bootstrap.settings.StartSettings;
import com.cartwise.domain.analytics.EventWeights;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;

/** Wires the closed loop's use cases: events in, analytics out (docs/ANALYTICS.md). */
@Factory
final class AnalyticsFactory {

    @Singleton
    EventWeights eventWeights(@Value("${cartwise.analytics.event-weights.bundle-view}") int bundleView,
                              @Value("${cartwise.analytics.event-weights.bundle-purchase}") int bundlePurchase) {
        return StartSettings.checked(Map.of("bundle_view", "cartwise.analytics.event-weights.bundle-view",
                "bundle_purchase", "cartwise.analytics.event-weights.bundle-purchase"), () -> new EventWeights(bundleView, bundlePurchase));
    }

    @Singleton
    RecordEvents recordEvents(Shops shops, Events events, ActiveBundles activeBundles, EventWeights weights) {
        return new RecordEvents(shops, events, activeBundles, weights);
    }

    @Singleton
    ReadAcceptance readAcceptance(Shops shops, EventFigures figures) {
        return new ReadAcceptance(shops, figures);
    }

    @Singleton
    ReadRevenue readRevenue(Shops shops, EventFigures figures) {
        return new ReadRevenue(shops, figures);
    }

    @Singleton
    ReadHoldout readHoldout(Shops shops, EventFigures figures, FlagValues flags) {
        return new ReadHoldout(shops, figures, flags);
    }

    @Singleton
    ReadTopPairs readTopPairs(Shops shops, EventFigures figures) {
        return new ReadTopPairs(shops, figures);
    }

    @Singleton
    ReadTopBundles readTopBundles(Shops shops, EventFigures figures) {
        return new ReadTopBundles(shops, figures);
    }

    @Singleton
    ReadTimeSeries readTimeSeries(Shops shops, EventFigures figures) {
        return new ReadTimeSeries(shops, figures);
    }
}
