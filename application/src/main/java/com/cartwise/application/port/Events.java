package com.cartwise.application.port;

import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.analytics.EventId;
import com.cartwise.domain.pricing.BundleOutcome;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Map;

/** The events tills and storefronts sent about Cartwise's answers, kept once each by their id. */
public interface Events {

    /**
     * Keeps the events whose id the shop has not seen yet, all or none; an event whose id is already
     * kept (a retry) changes nothing, even if its content differs. In the same transaction, each
     * event kept now adds its outcome in {@code outcomes} (if it has one) to the shop's
     * {@link BundleOutcomes}: a retried batch teaches the discount bandit nothing twice.
     *
     * @return how many were new
     */
    int record(ShopId shop, List<Event> events, Map<EventId, BundleOutcome> outcomes);

    /** {@link #record(ShopId, List, Map)} of events that teach no model. */
    default int record(ShopId shop, List<Event> events) {
        return record(shop, events, Map.of());
    }
}
