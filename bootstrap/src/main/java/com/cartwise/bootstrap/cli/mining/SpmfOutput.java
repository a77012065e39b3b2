package com.cartwise.bootstrap.cli.mining;

import com.cartwise.application.mining.BasketFile;
import com.cartwise.domain.mining.AssociationRule;
import com.cartwise.domain.mining.FrequentItemsets;
import com.cartwise.domain.mining.spmf.SpmfWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Mining results in SPMF's text format. Items the file named are numbered, so the output starts
 * with SPMF's own header for such files: {@code @CONVERTED_FROM_TEXT}, then {@code @ITEM=n=name}
 * per item. A file is written beside its final name and moved there when complete, so a failure
 * never leaves half of it.
 */
final class SpmfOutput {
    private SpmfOutput() {
    }

    /** Writes the results to a writer. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    static Content itemsets(FrequentItemsets itemsets, BasketFile file) {
        return writer -> {
            header(file, writer);
            SpmfWriter.writeItemsets(itemsets, writer);
        };
    }

    static Content rules(List<AssociationRule> rules, BasketFile file) {
        return writer -> {
            header(file, writer);
            SpmfWriter.writeRules(rules, file.database(), writer);
        };
    }

    static void toFile(Path output, Content content) throws IOException {
        Path absolute = output.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void header(BasketFile file, Writer out) throws IOException {
        if (!file.namedItems()) {
            return;
        }
        StringBuilder header = new StringBuilder("@CONVERTED_FROM_TEXT\n");
        for (int n = 1; n <= file.itemNames().size(); n++) {
            header.append("@ITEM=").append(n).append('=').append(file.itemName(n).replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        out.write(header.toString());
    }
}
