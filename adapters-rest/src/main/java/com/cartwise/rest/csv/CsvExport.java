package com.cartwise.rest.csv;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded export read record by record with FastCSV, in constant memory. Strict where a
 * spreadsheet could silently shift data: a record with more or fewer fields than the header, or
 * text after a closing quote, rejects the file at its line.
 */
public final class CsvExport implements Iterator<CsvRow>, Closeable {
    private static final Pattern FASTCSV_LINE = Pattern.compile("started in line (\\d+)");

    private final String fileName;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final Header header;
    private long lastLine = 1;

    private CsvExport(String fileName, CsvReader<CsvRecord> reader) {
        this.fileName = fileName;
        this.reader = reader;
        this.records = reader.iterator();
        if (!hasNext()) {
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", "the file is empty: it has no header line"));
        }
        this.header = new Header(fileName, records.next().getFields());
    }

    /** Opens the file and reads its header. */
    public static CsvExport open(Path file, String fileName) {
        try {
            // Undecodable bytes become U+FFFD instead of failing the read ahead of time, so that
            // CsvRow can name the cell that holds them.
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            var text = new InputStreamReader(Files.newInputStream(file), decoder);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .ignoreDifferentFieldCount(true)
                    .acceptCharsAfterQuotes(false)
                    .ofCsvRecord(text);
            try {
                return new CsvExport(fileName, reader);
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + fileName, e);
        }
    }

    public Header header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw unreadable(e);
        }
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRecord record = records.next();
        lastLine = record.getStartingLineNumber();
        CsvRow row = new CsvRow(fileName, record);
        if (record.getFieldCount() != header.size()) {
            throw row.problem("has " + record.getFieldCount() + " fields, but the header has " + header.size()
                    + " columns: a quote or a comma is missing or extra");
        }
        return row;
    }

    private ImportRejectedException unreadable(CsvParseException e) {
        // FastCSV names the record's starting line only in its message.
        Matcher m = FASTCSV_LINE.matcher(String.valueOf(e.getMessage()));
        long line = m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
        String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        return new ImportRejectedException(new ImportProblem(fileName, line, 0, "", "is not valid CSV: " + cause));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
