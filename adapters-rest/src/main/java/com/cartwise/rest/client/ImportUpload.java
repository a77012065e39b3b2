package com.cartwise.rest.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files to import into a shop in one job.
 *
 * @param type every file's type ({@code orders}, {@code products} ...); empty lets the server tell each file's from its header
 * @param lenient import the valid rows and report the refused ones, instead of refusing the whole upload at its first problem
 */
public record ImportUpload(String shop, List<Path> files, Optional<String> type, boolean lenient) {
    public ImportUpload {
        if (shop == null || shop.isBlank()) {
            throw new IllegalArgumentException("an upload names its shop");
        }
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an upload has at least one file");
        }
        type = type == null ? Optional.empty() : type.filter(t -> !t.isBlank());
    }
}
