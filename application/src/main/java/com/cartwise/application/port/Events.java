package com.cartwise.application.port;

import com.cartwise.domain.analytics.Event;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** The events tills and storefronts sent about Cartwise's answers, kept once each by their id. */
public interface Events {

    /**
     * Keeps the events whose id the shop has not seen yet, all or none; an event whose id is already
     * kept (a retry) changes nothing, even if its content differs.
     * @return how many were new
     */
    int record(ShopId shop, List<Event> events);
}
