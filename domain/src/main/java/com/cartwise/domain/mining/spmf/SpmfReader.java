package com.cartwise.domain.mining.spmf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads SPMF itemset and rule files (as {@link SpmfWriter} or SPMF writes them) back into values
 * of external ids, so results can be compared with another tool's output. Lines starting with
 * '@', '#' or '%' are SPMF's metadata and comments, and are skipped.
 */
public final class SpmfReader {
    private static final String SUPPORT = " #SUP: ";
    private static final String CONFIDENCE = " #CONF: ";
    private static final String LIFT = " #LIFT: ";
    private static final String ARROW = " ==> ";

    private SpmfReader() {
    }

    /** An itemset line: external item ids as written, and the support count. */
    public record ItemsetLine(List<Long> items, int supportCount) {
        public ItemsetLine {
            items = List.copyOf(items);
        }
    }

    /** A rule line; lift only if the file has it. */
    public record RuleLine(List<Long> antecedent, List<Long> consequent, int supportCount, double confidence, OptionalDouble lift) {
        public RuleLine {
            antecedent = List.copyOf(antecedent);
            consequent = List.copyOf(consequent);
        }
    }

    public static List<ItemsetLine> readItemsets(Reader in) {
        List<ItemsetLine> lines = new ArrayList<>();
        forEachLine(in, (text, number) -> {
            int sup = requireMarker(text, SUPPORT, number);
            lines.add(new ItemsetLine(items(text.substring(0, sup), number, 1), integer(text.substring(sup + SUPPORT.length()), number,
                    sup + SUPPORT.length() + 1)));
        });
        return lines;
    }

    public static List<RuleLine> readRules(Reader in) {
        List<RuleLine> lines = new ArrayList<>();
        forEachLine(in, (text, number) -> {
            int arrow = requireMarker(text, ARROW, number);
            int sup = requireMarker(text, SUPPORT, number);
            int conf = requireMarker(text, CONFIDENCE, number);
            int lift = text.indexOf(LIFT);
            int confEnd = lift < 0 ? text.length() : lift;
            lines.add(new RuleLine(
                    items(text.substring(0, arrow), number, 1),
                    items(text.substring(arrow + ARROW.length(), sup), number, arrow + ARROW.length() + 1),
                    integer(text.substring(sup + SUPPORT.length(), conf), number, sup + SUPPORT.length() + 1),
                    real(text.substring(conf + CONFIDENCE.length(), confEnd), number, conf + CONFIDENCE.length() + 1),
                    lift < 0 ? OptionalDouble.empty()
                            : OptionalDouble.of(real(text.substring(lift + LIFT.length()), number, lift + LIFT.length() + 1))));
        });
        return lines;
    }

    private interface LineHandler {
        void handle(String text, long number);
    }

    private static void forEachLine(Reader in, LineHandler handler) {
        try (BufferedReader reader = new BufferedReader(in)) {
            long number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (!text.isBlank() && !metadata(text)) {
                    handler.handle(text.stripTrailing(), number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SPMF's comments and metadata, as in basket files: a file mined from named items starts with
     * {@code @CONVERTED_FROM_TEXT} and an {@code @ITEM=number=name} line per item.
     */
    private static boolean metadata(String text) {
        char first = text.charAt(0);
        return first == '@' || first == '#' || first == '%';
    }

    private static int requireMarker(String text, String marker, long line) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new SpmfFormatException(line, 1, "expected '" + marker.strip() + "' in '" + text + "'");
        }
        return at;
    }

    private static List<Long> items(String text, long line, int column) {
        List<Long> items = new ArrayList<>();
        int at = 0;
        for (String token : text.split(" ")) {
            if (!token.isEmpty()) {
                try {
                    items.add(Long.parseLong(token));
                } catch (NumberFormatException e) {
                    throw new SpmfFormatException(line, column + at, "'" + token + "' is not an item id");
                }
            }
            at += token.length() + 1;
        }
        if (items.isEmpty()) {
            throw new SpmfFormatException(line, column, "an itemset needs at least one item");
        }
        return items;
    }

    private static int integer(String text, long line, int column) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SpmfFormatException(line, column, "'" + text.strip() + "' is not a support count");
        }
    }

    private static double real(String text, long line, int column) {
        try {
            return Double.parseDouble(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new SpmfFormatException(line, column, "'" + text.strip() + "' is not a number");
        }
    }
}
