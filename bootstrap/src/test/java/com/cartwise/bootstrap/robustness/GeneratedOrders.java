package com.cartwise.bootstrap.robustness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A Shopify orders export of any size, written straight to disk: orders of {@value #LINES_PER_ORDER}
 * lines over a catalogue of {@value #SKUS} SKUs, one order a minute from 1 January 2024, in the
 * columns and date format Shopify writes.
 */
public final class GeneratedOrders {
    public static final int LINES_PER_ORDER = 3;
    private static final int SKUS = 500;
    private static final DateTimeFormatter SHOPIFY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Instant FIRST_ORDER = Instant.parse("2024-01-01T00:00:00Z");

    private GeneratedOrders() {
    }

    /** @param lines order lines (rows after the header), a multiple of {@value #LINES_PER_ORDER} */
    public static Path write(Path file, int lines) {
        if (lines % LINES_PER_ORDER != 0) {
            throw new IllegalArgumentException("whole orders of " + LINES_PER_ORDER + " lines, not " + lines + " lines");
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Name,Created at,Currency,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku\n");
            for (int order = 0; order < lines / LINES_PER_ORDER; order++) {
                String name = "#" + (100_000 + order);
                String createdAt = SHOPIFY_DATE.format(FIRST_ORDER.plusSeconds(60L * order));
                for (int line = 0; line < LINES_PER_ORDER; line++) {
                    int sku = (order * 7 + line * 13) % SKUS;
                    out.write(name);
                    out.write(',');
                    out.write(line == 0 ? createdAt + ",EUR" : ",");
                    out.write(",1,Product ");
                    out.write(Integer.toString(sku));
                    out.write(",9.90,SKU-");
                    out.write(Integer.toString(sku));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
