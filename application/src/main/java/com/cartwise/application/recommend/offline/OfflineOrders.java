package com.cartwise.application.recommend.offline;

import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.orders.Baskets;
import com.cartwise.domain.orders.LineResolution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An upload's orders, held compactly until the whole upload is read, then turned into baskets by
 * the import's rules: an invoice of a transaction file met again later in the same file joins its
 * first run, any other order listed twice is refused; cancelled orders, returned and refunded
 * lines make no basket; orders come oldest first, ties by name in byte order, as training reads
 * them from PostgreSQL. A line is kept as a number standing for its keys (Shopify id, SKU, name),
 * so that a million lines naming a few thousand items hold a few thousand strings.
 */
final class OfflineOrders {
    private record LineKey(Long shopifyVariantId, String sku, String name) {
    }

    private static final class Pending {
        final String name;
        final OrderDate placed;
        final SourceRow first;
        int[] lines = new int[4];
        int size;

        Pending(String name, OrderDate placed, SourceRow first) {
            this.name = name;
            this.placed = placed;
            this.first = first;
        }

        void add(int key) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
            }
            lines[size++] = key;
        }
    }

    private final List<String> fileNames;
    private final Map<String, Pending> byName = new HashMap<>();
    private final List<Pending> orders = new ArrayList<>();
    private final Map<LineKey, Integer> keyIndex = new HashMap<>();
    private final List<LineKey> keys = new ArrayList<>();
    private long ordersRead;

    /** @param fileNames the upload's files, by their index */
    OfflineOrders(List<String> fileNames) {
        this.fileNames = fileNames;
    }

    /**
     * @param joinsRuns the order comes from a transaction file, whose invoices may come back later in the file
     * @return what is wrong, if the upload lists the order twice
     */
    Optional<UploadProblem> add(OrderRecord order, boolean joinsRuns) {
        Pending earlier = byName.get(order.name());
        if (earlier != null && !(joinsRuns && earlier.first.file() == order.source().file())) {
            return Optional.of(new UploadProblem(order.source(), order.name(), earlier.first.file() == order.source().file()
                    ? "order " + order.name() + " appears again here, but its lines began on line " + earlier.first.line()
                            + " and other orders came between: an order's lines must be consecutive"
                    : "order " + order.name() + " is also in " + fileNames.get(earlier.first.file()) + " line "
                            + earlier.first.line() + ": an upload lists each order once"));
        }
        Pending pending = earlier;
        if (pending == null) {
            ordersRead++;
            pending = new Pending(order.name(), order.header().createdAt(), order.source());
            byName.put(order.name(), pending);
            // A cancelled order is kept by name, so that a second listing is still refused, but makes no basket.
            if (order.header().cancelledAt().isEmpty()) {
                orders.add(pending);
            }
        }
        boolean refunded = order.header().fullyRefunded();
        for (LineRecord line : order.lines()) {
            if (line.quantity() > 0 && !line.refunded() && !refunded) {
                pending.add(keyOf(line));
            }
        }
        return Optional.empty();
    }

    private int keyOf(LineRecord line) {
        LineKey key = new LineKey(line.shopifyVariantId(), line.sku(), line.name());
        Integer index = keyIndex.get(key);
        if (index == null) {
            index = keys.size();
            keyIndex.put(key, index);
            keys.add(key);
        }
        return index;
    }

    /** Orders read, each listing once; cancelled ones included. */
    long ordersRead() {
        return ordersRead;
    }

    /**
     * @param monthFirst per file, whether its ambiguous dates put the month first
     * @return the baskets, oldest first, and how many of the lines they were made from named no variant
     */
    Made baskets(LineResolution resolution, boolean[] monthFirst) {
        long[] variantOfKey = new long[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            LineKey key = keys.get(k);
            OptionalLong variant = resolution.variantOf(key.shopifyVariantId(), key.sku(), key.name());
            variantOfKey[k] = variant.isPresent() ? variant.getAsLong() : -1;
        }
        Instant[] placed = new Instant[orders.size()];
        Integer[] order = new Integer[orders.size()];
        for (int o = 0; o < orders.size(); o++) {
            Pending p = orders.get(o);
            placed[o] = p.placed.read(monthFirst[p.first.file()]);
            order[o] = o;
        }
        Arrays.sort(order, Comparator.<Integer, Instant>comparing(o -> placed[o])
                .thenComparing(o -> orders.get(o).name, UploadOrder.BYTES));
        Baskets.Builder baskets = Baskets.builder();
        long lines = 0;
        long unmatched = 0;
        long[] ids = new long[16];
        for (int o : order) {
            Pending p = orders.get(o);
            int resolved = 0;
            if (ids.length < p.size) {
                ids = new long[p.size];
            }
            for (int i = 0; i < p.size; i++) {
                long variant = variantOfKey[p.lines[i]];
                if (variant < 0) {
                    unmatched++;
                } else {
                    ids[resolved++] = variant;
                }
            }
            lines += p.size;
            if (resolved > 0) {
                baskets.add(placed[o], ids, 0, resolved);
            }
        }
        return new Made(baskets.build(), lines, unmatched);
    }

    /** @param lines the lines that could make baskets: of orders not cancelled, neither returned nor refunded */
    record Made(Baskets baskets, long lines, long unmatchedLines) {
    }
}
