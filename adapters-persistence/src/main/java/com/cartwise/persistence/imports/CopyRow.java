package com.cartwise.persistence.imports;

import java.math.BigDecimal;
import java.time.Instant;
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

    /** An instant as ISO-8601 in UTC, which timestamptz reads whatever the session's zone. */
    CopyRow instant(Instant value) {
        return value == null ? text(null) : text(value.toString());
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

    /** The finished line, newline included; the builder can then be reused. */
    String finish() {
        line.append('\n');
        String done = line.toString();
        line.setLength(0);
        first = true;
        return done;
    }

    private void separate() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }

    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
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
}
