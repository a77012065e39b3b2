package com.cartwise.application.bundles.generation;

import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import java.util.List;

/** What a generation read of its shop: the catalogue and the sales. */
record Sales(Catalogue catalogue, List<OrderSale> orders) {
}
