package com.cartwise.application.mining;

import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.TransactionDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders as baskets of item numbers: an item is its SKU (a transaction file's item code), or its
 * name where it has none, numbered 1, 2, 3 ... in order of first appearance. An order met again
 * further down (a transaction file's interrupted invoice) is the same basket. As imports do,
 * cancelled orders and returned or refunded lines are left out of baskets.
 */
final class OrderBaskets {
    private final Map<String, Long> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, long[]> baskets = new LinkedHashMap<>();
    private long leftOut;

    void add(OrderRecord order) {
        if (order.header().cancelledAt().isPresent() || order.header().fullyRefunded()) {
            leftOut++;
            return;
        }
        long[] items = order.lines().stream().filter(l -> !l.refunded() && !l.isReturn()).mapToLong(this::number).toArray();
        if (items.length == 0) {
            leftOut++;
            return;
        }
        baskets.merge(order.name(), items, OrderBaskets::concat);
    }

    BasketFile toBasketFile(BasketFileFormat format, BasketSizeLimit limit) {
        TransactionDatabase.Builder builder = TransactionDatabase.builder(limit);
        for (long[] basket : baskets.values()) {
            builder.add(basket, basket.length);
        }
        return new BasketFile(builder.build(), format, names, baskets.size() + leftOut, leftOut);
    }

    private long number(LineRecord line) {
        String key = !line.sku().isEmpty() ? "sku:" + line.sku()
                : !line.name().isEmpty() ? "name:" + line.name() : "variant:" + line.shopifyVariantId();
        return numbers.computeIfAbsent(key, k -> {
            names.add(!line.name().isEmpty() ? line.name() : !line.sku().isEmpty() ? line.sku() : "variant " + line.shopifyVariantId());
            return (long) names.size();
        });
    }

    private static long[] concat(long[] a, long[] b) {
        long[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
