package com.cartwise.persistence.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rows of one staging table, kept in a local temporary file in COPY text format while the
 * upload is read, so that no database connection is held during parsing and memory stays flat.
 * The file lives in this process's {@link SpoolDirectory}, so that what a killed process leaves is
 * found and removed.
 */
final class Spool implements AutoCloseable {
    private final StagingTable table;
    private Path file;
    private Writer out;
    private long rows;

    Spool(StagingTable table) {
        this.table = table;
    }

    StagingTable table() {
        return table;
    }

    void write(CharSequence copyLine) {
        try {
            if (out == null) {
                file = Files.createTempFile(SpoolDirectory.current(), table.name() + "-", ".copy");
                out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            }
            out.append(copyLine);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import's spool file", e);
        }
    }

    long rows() {
        return rows;
    }

    /** The spooled rows for COPY; the spool takes no more rows after this. */
    InputStream read() throws IOException {
        if (out == null) {
            return InputStream.nullInputStream();
        }
        out.close();
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover temporary file is the OS's to clean; it must not fail an import that worked.
            file.toFile().deleteOnExit();
        }
    }
}
