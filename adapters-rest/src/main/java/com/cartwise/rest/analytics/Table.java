package com.cartwise.rest.analytics;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.micronaut.core.io.Writable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's rows, written as JSON objects (numbers as numbers, money as decimal strings) or as CSV
 * with the same column names, so that a dashboard's chart and a spreadsheet read the same figures.
 */
record Table(List<String> columns, List<List<Object>> rows) {

    Table {
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }

    static Builder of(String... columns) {
        return new Builder(List.of(columns));
    }

    List<Map<String, Object>> objects() {
        List<Map<String, Object>> objects = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }

    Writable csv() {
        return out -> {
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(columns);
            for (List<Object> row : rows) {
                csv.writeRecord(row.stream().map(String::valueOf).toList());
            }
            csv.flush();
        };
    }

    static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        Builder row(Object... cells) {
            rows.add(List.of(cells));
            return this;
        }

        Table build() {
            return new Table(columns, rows);
        }
    }
}
