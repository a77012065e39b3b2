package com.cartwise.persistence.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One row in PostgreSQL's COPY text format, built field by field: tab between fields, {@code \N}
 * for null, and backslash escapes for the characters the format reserves. Arrays are written as
 * array literals, themselves escaped.
 */
final class CopyRow {
    private final StringBuilder line = new StringBuilder(256);
    private boolean first = true;

    CopyRow text(String value) {
        separate();
        if (value == null) {
            line.append("\\N");
        } else {
            escape(value, line);
        }
        return this;
    }

    CopyRow number(long value) {
        separate();
        line.append(value);
        return this;
    }

    CopyRow number(Long value) {
        return value == null ? text(null) : number(value.longValue());
    }

    CopyRow integer(Integer value) {
        return value == null ? text(null) : number(value.longValue());
    }

    CopyRow decimal(BigDecimal value) {
        return value == null ? text(null) : text(value.toPlainString());
    }

    CopyRow bool(boolean value) {
        separate();
        line.append(value ? 't' : 'f');
        return this;
    }

    CopyRow bool(Boolean value) {
        return value == null ? text(null) : bool(value.booleanValue());
    }

    /**
     * An instant as {@code 2024-05-01 10:00:00+00}, which timestamptz reads whatever the session's
     * zone. Written digit by digit: {@code Instant.toString()} was a visible share of spooling a large
     * orders export. Sub-second parts are kept; years outside 0-9999 take the general path.
     */
    CopyRow instant(Instant value) {
        if (value == null) {
            return text(null);
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
        if (value.getNano() != 0 || utc.getYear() < 0 || utc.getYear() > 9999) {
            return text(value.toString());
        }
        separate();
        digits(utc.getYear(), 4).append('-');
        digits(utc.getMonthValue(), 2).append('-');
        digits(utc.getDayOfMonth(), 2).append(' ');
        digits(utc.getHour(), 2).append(':');
        digits(utc.getMinute(), 2).append(':');
        digits(utc.getSecond(), 2).append("+00");
        return this;
    }

    private StringBuilder digits(int value, int width) {
        for (int unit = width == 4 ? 1000 : 10; unit > 0; unit /= 10) {
            line.append((char) ('0' + value / unit % 10));
        }
        return line;
    }

    CopyRow textArray(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String v = values.get(i);
            for (int c = 0; c < v.length(); c++) {
                char ch = v.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return text(literal.append('}').toString());
    }

    /** The finished line, newline included, valid until this row is next written to: it is reused. */
    StringBuilder finish() {
        line.append('\n');
        first = true;
        return line;
    }

    /** Starts the next row; called once the finished one has been written out. */
    void reset() {
        line.setLength(0);
        first = true;
    }

    private void separate() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }

    static void escape(String value, StringBuilder out) {
        int plain = 0;
        while (plain < value.length() && !reserved(value.charAt(plain))) {
            plain++;
        }
        // Almost every value needs no escape: copied in one go.
        out.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                // COPY text cannot carry NUL; real exports (the bakery's) hold stray ones, which mean nothing.
                case '\0' -> { }
                default -> out.append(c);
            }
        }
    }

    private static boolean reserved(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
    }
}
