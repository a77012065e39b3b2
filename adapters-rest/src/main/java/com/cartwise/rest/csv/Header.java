package com.cartwise.rest.csv;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first line of an export: column names matched exactly after trimming. No aliases and no
 * case folding, because Shopify writes the same names in every export and a near miss ("SKU" for
 * "Variant SKU") is more likely a different file than a variant spelling.
 */
public final class Header {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String fileName;
    private final List<String> names;
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private final Map<String, Integer> repeatedIndex = new HashMap<>();

    Header(String fileName, List<String> rawNames) {
        this.fileName = fileName;
        List<String> trimmed = new ArrayList<>(rawNames.size());
        for (int i = 0; i < rawNames.size(); i++) {
            String name = rawNames.get(i);
            // Excel's "CSV UTF-8" starts the file with a byte order mark, which decodes into the first name.
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                name = name.substring(1);
            }
            name = name.strip();
            trimmed.add(name);
            if (firstIndex.putIfAbsent(name, i) != null) {
                repeatedIndex.putIfAbsent(name, i);
            }
        }
        this.names = List.copyOf(trimmed);
    }

    public int size() {
        return names.size();
    }

    public boolean has(String name) {
        return firstIndex.containsKey(name);
    }

    /** The column with this name, if the file has it. A name that appears twice is a problem only when it is read. */
    public Optional<Column> find(String name) {
        Integer index = firstIndex.get(name);
        if (index == null) {
            return Optional.empty();
        }
        Integer repeated = repeatedIndex.get(name);
        if (repeated != null) {
            throw new ImportRejectedException(new ImportProblem(fileName, 1, repeated + 1, name,
                    "the column '" + name + "' appears twice (columns " + (index + 1) + " and " + (repeated + 1)
                            + "), so which one to read is unclear"));
        }
        return Optional.of(new Column(name, index));
    }

    /** The column with this name, which {@link #requireAll} has already checked. */
    public Column column(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("column '" + name + "' was not required"));
    }

    /** Rejects the file, naming every missing column at once, so one upload tells the merchant everything. */
    public void requireAll(String exportName, List<String> required) {
        List<String> missing = required.stream().filter(name -> !has(name)).toList();
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, list,
                    "missing column" + (missing.size() == 1 ? " " : "s ") + list + ": a Shopify " + exportName
                            + " has " + String.join(", ", required)));
        }
    }
}
