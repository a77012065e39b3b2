package com.cartwise.benchmarks.recommend;

import com.cartwise.domain.orders.Baskets;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public basket files of {@code ../shared/data} as baskets, read by the import pipeline's rules
 * for which rows make baskets, so that the harness measures what a shop would get: a basket holds
 * an order's distinct items in line order; files without times are timed by line order, one
 * second apart. One difference: an item becomes a variant id by its first appearance (1, 2, ...),
 * where the import numbers item codes in their byte order; evaluation breaks ties by that number,
 * so {@code cartwise evaluate} (which reads files exactly as the import does) differs from the
 * harness in cells that ties decide (docs/EVALUATION.md). A harness, not product code.
 */
public enum BasketFiles {
    BREAD_BASKET("bread-basket", "bread-basket/BreadBasket_DMS.csv", BasketFiles::breadBasket),
    GROCERIES("groceries", "groceries/groceries.csv", path -> oneBasketPerLine(path, ",")),
    FIMI_RETAIL("fimi-retail", "fimi-retail/retail.dat", path -> oneBasketPerLine(path, " ")),
    UCI_ONLINE_RETAIL("uci-online-retail", "uci-online-retail/online_retail_2010-12_2011-02.csv", BasketFiles::onlineRetail);

    /** Where the data sets lie, relative to the repository root. */
    public static final Path DATA = Path.of("..", "shared", "data");
    private static final Instant LINE_ORDER_START = Instant.parse("2020-01-01T00:00:00Z");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String id;
    private final String file;
    private final Function<Path, Baskets> reader;

    BasketFiles(String id, String file, Function<Path, Baskets> reader) {
        this.id = id;
        this.file = file;
        this.reader = reader;
    }

    public String id() {
        return id;
    }

    public Path path() {
        return DATA.resolve(file);
    }

    public Baskets load() {
        return reader.apply(path());
    }

    public static BasketFiles byId(String id) {
        for (BasketFiles f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no data set '" + id + "'");
    }

    private static Baskets oneBasketPerLine(Path path, String separator) {
        Ids ids = new Ids();
        Baskets.Builder baskets = Baskets.builder();
        int line = 0;
        for (String text : lines(path)) {
            List<Long> items = new ArrayList<>();
            for (String item : text.split(separator)) {
                if (!item.isBlank()) {
                    items.add(ids.of(item.strip()));
                }
            }
            if (!items.isEmpty()) {
                baskets.add(LINE_ORDER_START.plusSeconds(line), items.stream().mapToLong(Long::longValue).toArray());
            }
            line++;
        }
        return baskets.build();
    }

    /** Rows Date, Time, Transaction, Item; "NONE" is no item; a stray NUL byte is dropped. */
    private static Baskets breadBasket(Path path) {
        Map<Integer, Order> orders = new LinkedHashMap<>();
        for (CsvRecord row : csv(path)) {
            String item = row.getField(3).strip();
            int transaction = Integer.parseInt(row.getField(2).strip());
            Instant at = LocalDateTime.parse(row.getField(0).strip() + " " + row.getField(1).strip(), DATE_TIME)
                    .toInstant(ZoneOffset.UTC);
            Order order = orders.computeIfAbsent(transaction, t -> new Order(String.valueOf(t), t, at));
            if (!item.equals("NONE")) {
                order.items.add(item);
            }
        }
        return baskets(orders.values());
    }

    /** Invoice lines; cancellations (invoice numbers starting with C) and lines of no positive quantity are left out. */
    private static Baskets onlineRetail(Path path) {
        Map<String, Order> orders = new LinkedHashMap<>();
        for (CsvRecord row : csv(path)) {
            String invoice = row.getField(0).strip();
            if (invoice.startsWith("C") || Integer.parseInt(row.getField(3).strip()) <= 0) {
                continue;
            }
            Instant at = LocalDateTime.parse(row.getField(4).strip(), DATE_TIME).toInstant(ZoneOffset.UTC);
            orders.computeIfAbsent(invoice, i -> new Order(i, 0, at)).items.add(row.getField(1).strip());
        }
        return baskets(orders.values());
    }

    private static Baskets baskets(Iterable<Order> orders) {
        List<Order> sorted = new ArrayList<>();
        orders.forEach(o -> {
            if (!o.items.isEmpty()) {
                sorted.add(o);
            }
        });
        sorted.sort(Comparator.comparing((Order o) -> o.placedAt).thenComparingInt(o -> o.number).thenComparing(o -> o.name));
        Ids ids = new Ids();
        Baskets.Builder baskets = Baskets.builder();
        for (Order o : sorted) {
            baskets.add(o.placedAt, o.items.stream().mapToLong(ids::of).toArray());
        }
        return baskets.build();
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream().map(l -> l.replace("\u0000", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows after the header; a stray NUL byte is no part of any field. */
    private static List<CsvRecord> csv(Path path) {
        String text = String.join("\n", lines(path));
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            return reader.stream().skip(1).filter(r -> r.getFieldCount() > 1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Order {
        final String name;
        final int number;
        final Instant placedAt;
        final LinkedHashSet<String> items = new LinkedHashSet<>();

        Order(String name, int number, Instant placedAt) {
            this.name = name;
            this.number = number;
            this.placedAt = placedAt;
        }
    }

    /** Item names to variant ids, 1, 2, ... in order of first appearance. */
    private static final class Ids {
        private final Map<String, Long> ids = new HashMap<>();

        long of(String item) {
            return ids.computeIfAbsent(item, k -> (long) ids.size() + 1);
        }
    }
}
