package com.cartwise.persistence.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a merge did, counted per file of the upload, under the names the API shows. */
final class FileCounts {
    private final List<Map<String, Long>> perFile = new ArrayList<>();

    FileCounts(int files) {
        for (int i = 0; i < files; i++) {
            perFile.add(new LinkedHashMap<>());
        }
    }

    void add(int file, String name, long count) {
        if (file >= 0 && file < perFile.size()) {
            perFile.get(file).merge(name, count, Long::sum);
        }
    }

    List<Map<String, Long>> perFile() {
        return perFile;
    }
}
