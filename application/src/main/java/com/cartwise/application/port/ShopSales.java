package com.cartwise.application.port;

import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.shop.ShopId;
import java.util.List;

/** A shop's catalogue and sales as bundle generation reads them. Imports write them (see {@link ImportStaging}). */
public interface ShopSales {

    /**
     * Every variant of the shop, priced in its currency, with its product's title, category (the
     * product type, else the last level of the Shopify category), vendor, tags, status and
     * creation date, its cost, compare-at price and stock.
     */
    Catalogue catalogue(ShopId shop);

    /**
     * Every order that counts as a sale, oldest first, with the lines that resolve to a catalogue
     * variant: cancelled orders, returned and refunded lines and unresolved lines are left out, and
     * an order with no line left is no sale.
     */
    List<OrderSale> orders(ShopId shop);
}
