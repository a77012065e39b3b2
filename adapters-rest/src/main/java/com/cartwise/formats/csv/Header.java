package com.cartwise.formats.csv;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first line of a file: column names. Shopify's exports are matched by exact names (after
 * trimming), because Shopify writes the same names in every export and a near miss ("SKU" for
 * "Variant SKU") is more likely a different file than a variant spelling; formats whose column
 * names vary (the four-file layout, basket data) look columns up by a list of aliases, matched
 * regardless of case, spaces and underscores.
 */
public final class Header {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String fileName;
    private final List<String> names;
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private final Map<String, Integer> repeatedIndex = new HashMap<>();
    private final Map<String, Integer> firstLoose = new HashMap<>();

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
            firstLoose.putIfAbsent(loose(name), i);
        }
        this.names = List.copyOf(trimmed);
    }

    public String fileName() {
        return fileName;
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
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
            throw new ImportRejectedException(new ImportProblem(fileName, 1, repeated + 1, name, name,
                    "the column '" + name + "' appears twice (columns " + (index + 1) + " and " + (repeated + 1)
                            + "), so which one to read is unclear"));
        }
        return Optional.of(new Column(name, index));
    }

    /** The first of these names the file has, matched loosely ("Order ID", "order_id", "orderid"). */
    public Optional<Column> findAny(List<String> aliases) {
        for (String alias : aliases) {
            Integer index = firstLoose.get(loose(alias));
            if (index != null) {
                return find(names.get(index));
            }
        }
        return Optional.empty();
    }

    public boolean hasAny(List<String> aliases) {
        return aliases.stream().anyMatch(alias -> firstLoose.containsKey(loose(alias)));
    }

    /** The column with this name, which {@link #requireAll} has already checked. */
    public Column column(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("column '" + name + "' was not required"));
    }

    /** Refuses the file, naming every missing column at once, so one upload tells the merchant everything. */
    public void requireAll(String exportName, List<String> required) {
        List<String> missing = required.stream().filter(name -> !has(name)).toList();
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, list,
                    "missing column" + (missing.size() == 1 ? " " : "s ") + list + ": " + exportName
                            + " has " + String.join(", ", required)));
        }
    }

    /** The column one of these aliases names; refuses the file naming what it looked for when none does. */
    public Column requireAny(String exportName, String what, List<String> aliases) {
        return findAny(aliases).orElseThrow(() -> new ImportRejectedException(new ImportProblem(fileName, 1, 0, what,
                "missing column " + what + ": " + exportName + " names it as one of " + String.join(", ", aliases))));
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
