package com.cartwise.application.fakes;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.orders.Basket;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.orders.OrderLine;
import com.cartwise.domain.shop.ShopId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** {@link OrderHistory} in memory, resolving lines to variants by the same rules as the real one. */
public final class InMemoryOrderHistory implements OrderHistory {
    private final InMemoryCatalog catalog;
    private final Map<ShopId, Map<String, Order>> orders = new ConcurrentHashMap<>();

    public InMemoryOrderHistory(InMemoryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public OrdersImportSummary record(ShopId shop, Iterator<Order> incoming) {
        Map<String, Order> byName = orders.computeIfAbsent(shop, s -> new LinkedHashMap<>());
        long rows = 0;
        long added = 0;
        long replaced = 0;
        long lines = 0;
        while (incoming.hasNext()) {
            Order order = incoming.next();
            rows += order.lines().size();
            lines += order.lines().size();
            if (byName.put(order.name(), order) == null) {
                added++;
            } else {
                replaced++;
            }
        }
        return new OrdersImportSummary(rows, added, replaced, lines);
    }

    @Override
    public BasketHistory baskets(ShopId shop) {
        List<Variant> variants = catalog.all(shop);
        Map<String, List<Variant>> bySku = variants.stream().filter(v -> !v.sku().isEmpty())
                .collect(Collectors.groupingBy(Variant::sku));
        Map<String, List<Variant>> byName = variants.stream().collect(Collectors.groupingBy(Variant::lineName));
        List<Order> sorted = new ArrayList<>(orders.getOrDefault(shop, Map.of()).values());
        sorted.sort(Comparator.comparing(Order::createdAt).thenComparing(Order::name));
        List<Basket> baskets = new ArrayList<>();
        long lines = 0;
        long unresolved = 0;
        for (Order order : sorted) {
            List<Long> ids = new ArrayList<>();
            for (OrderLine line : order.lines()) {
                lines++;
                Optional<Variant> variant = resolve(line, variants, bySku, byName);
                variant.ifPresentOrElse(v -> ids.add(v.id()), () -> { });
                if (variant.isEmpty()) {
                    unresolved++;
                }
            }
            if (!ids.isEmpty()) {
                baskets.add(new Basket(order.createdAt(), ids.stream().mapToLong(Long::longValue).toArray()));
            }
        }
        return new BasketHistory(baskets, sorted.size(), lines, unresolved);
    }

    private static Optional<Variant> resolve(OrderLine line, List<Variant> variants,
                                             Map<String, List<Variant>> bySku, Map<String, List<Variant>> byName) {
        if (line.shopifyVariantId() != null) {
            Optional<Variant> byId = variants.stream().filter(v -> line.shopifyVariantId().equals(v.shopifyVariantId())).findFirst();
            if (byId.isPresent()) {
                return byId;
            }
        }
        List<Variant> sku = bySku.getOrDefault(line.sku(), List.of());
        if (sku.size() == 1) {
            return Optional.of(sku.getFirst());
        }
        List<Variant> name = byName.getOrDefault(line.name(), List.of());
        return name.size() == 1 ? Optional.of(name.getFirst()) : Optional.empty();
    }
}
