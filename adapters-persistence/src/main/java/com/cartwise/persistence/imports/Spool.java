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
    private char[] chars = new char[512];
    private long rows;

    Spool(StagingTable table) {
        this.table = table;
    }

    StagingTable table() {
        return table;
    }

    void write(StringBuilder copyLine) {
        try {
            if (out == null) {
                file = Files.createTempFile(SpoolDirectory.current(), table.name() + "-", ".copy");
                out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            }
            // Through a reused char array: Writer.append makes a string of every row first (a quarter of
            // a gigabyte for a million-line import, JFR allocation samples).
            int length = copyLine.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            copyLine.getChars(0, length, chars, 0);
            out.write(chars, 0, length);
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
