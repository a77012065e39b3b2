package com.cartwise.application.fakes;

import com.cartwise.application.port.ShopSales;
import com.cartwise.domain.bundles.enrichment.CatalogEntry;
import com.cartwise.domain.bundles.enrichment.Catalogue;
import com.cartwise.domain.bundles.enrichment.OrderSale;
import com.cartwise.domain.bundles.enrichment.SaleLine;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.orders.LineResolution;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@link ShopSales} in memory, over the fakes' shared store. Lines resolve to variants when read,
 * by the domain's {@link LineResolution}, as PostgreSQL's merge resolves them when it stores them.
 */
public final class InMemoryShopSales implements ShopSales {
    private final InMemoryShops shops;
    private final InMemoryStore store;

    public InMemoryShopSales(InMemoryShops shops, InMemoryStore store) {
        this.shops = shops;
        this.store = store;
    }

    @Override
    public Catalogue catalogue(ShopId shop) {
        InMemoryStore.ShopData data = store.of(shop);
        List<CatalogEntry> entries = new ArrayList<>();
        synchronized (data) {
            data.variants.forEach((id, v) -> {
                Product p = data.products.get(v.handle);
                entries.add(new CatalogEntry(id, v.handle, p.title(), Variant.titleOf(v.optionValues), v.price, v.compareAtPrice, v.cost,
                        v.stock, categoryOf(p), p.vendor(), p.tags(), p.createdAt().orElse(null), p.status() == ProductStatus.ACTIVE));
            });
        }
        return new Catalogue(shops.find(shop).orElseThrow().currency(), entries);
    }

    /** The product type, else the last level of the Shopify category ("Sporting Goods > Skiing > Skis" is "Skis"). */
    static String categoryOf(Product p) {
        if (!p.productType().isEmpty()) {
            return p.productType();
        }
        String category = p.category();
        return category.substring(category.lastIndexOf('>') + 1).strip();
    }

    @Override
    public List<OrderSale> orders(ShopId shop) {
        LineResolution resolution = new LineResolution(store.variants(shop));
        List<InMemoryStore.StoredOrder> sorted = store.placedOrders(shop);
        List<OrderSale> sales = new ArrayList<>();
        for (InMemoryStore.StoredOrder order : sorted) {
            List<SaleLine> lines = new ArrayList<>();
            for (InMemoryStore.StoredLine line : order.lines()) {
                OptionalLong variant = resolution.variantOf(line.shopifyVariantId(), line.sku(), line.name());
                if (line.quantity() > 0 && !line.refunded() && variant.isPresent()) {
                    lines.add(new SaleLine(variant.getAsLong(), line.quantity(), line.price(), line.discount()));
                }
            }
            if (!lines.isEmpty()) {
                sales.add(new OrderSale(order.createdAt(), lines));
            }
        }
        return sales;
    }
}
