package com.cartwise.formats.csv;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An uploaded file read record by record with FastCSV, in constant memory. Strict where a
 * spreadsheet could silently shift data: a record with more or fewer fields than the header, or
 * text after a closing quote, is refused at its line. The records after the header are parsed
 * ahead on a thread of their own ({@link ReadAhead}) once the first one is asked for.
 */
public final class CsvFile implements Closeable {
    private static final Pattern FASTCSV_LINE = Pattern.compile("(?:started in|starting at) line (\\d+)");

    private final String fileName;
    private final CountingInputStream bytes;
    private final CsvReader<ParsedRecord> reader;
    private final CloseableIterator<ParsedRecord> records;
    private final Header header;
    private long lastLine = 1;
    private ReadAhead<CsvRow> ahead;

    private CsvFile(String fileName, CountingInputStream bytes, CsvReader<ParsedRecord> reader) {
        this.fileName = fileName;
        this.bytes = bytes;
        this.reader = reader;
        this.records = reader.iterator();
        if (!hasNextRecord()) {
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", "the file is empty: it has no header line"));
        }
        this.header = new Header(fileName, List.of(records.next().fields()));
    }

    /** Opens a comma-separated file and reads its header. */
    public static CsvFile open(Path file, String fileName) {
        return open(file, fileName, ',');
    }

    /** Opens a file whose fields are separated by {@code separator} and reads its header. */
    public static CsvFile open(Path file, String fileName, char separator) {
        try {
            CountingInputStream bytes = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            // Undecodable bytes become U+FFFD instead of failing the read ahead of time, so that
            // CsvRow can name the cell that holds them.
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            CsvReader<ParsedRecord> reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .ignoreDifferentFieldCount(true)
                    .acceptCharsAfterQuotes(false)
                    .build(new FieldSharingHandler(), new InputStreamReader(bytes, decoder));
            try {
                return new CsvFile(fileName, bytes, reader);
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + fileName, e);
        }
    }

    public String fileName() {
        return fileName;
    }

    public Header header() {
        return header;
    }

    /** Bytes of the file read so far (read ahead in blocks, so a little beyond the current record). */
    public long bytesRead() {
        return bytes.count();
    }

    /** True when another record follows. */
    public boolean hasNext() {
        return ahead().hasNext();
    }

    /**
     * The next record. A record with another field count than the header is still returned, so that
     * a lenient import can refuse just it: {@link CsvRow#checkFieldCount()} says what is wrong.
     */
    public CsvRow next() {
        return ahead().next();
    }

    private ReadAhead<CsvRow> ahead() {
        if (ahead == null) {
            ahead = new ReadAhead<>(fileName, this::parseNext);
        }
        return ahead;
    }

    /** Runs on the read-ahead thread: the next record, or null at the end of the file. */
    private CsvRow parseNext() {
        if (!hasNextRecord()) {
            return null;
        }
        ParsedRecord record = records.next();
        lastLine = record.line();
        // FastCSV ends a quoted field left open at the end of the file without a word; the last
        // record then holds the rest of the file. Said here, at the record where the quote opened.
        if (!hasNextRecord() && bytes.quoteOpen()) {
            throw new ImportRejectedException(new ImportProblem(fileName, lastLine, 0, "",
                    "opens a quoted field that is never closed: the file ends inside it (was it cut short?)"));
        }
        return new CsvRow(fileName, record, header.size());
    }

    private boolean hasNextRecord() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw unreadable(e);
        } catch (UncheckedIOException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, lastLine + 1, 0, "",
                    "cannot be read past this line: " + e.getCause().getMessage()));
        }
    }

    private ImportRejectedException unreadable(CsvParseException e) {
        // FastCSV names the record's starting line only in its message.
        Matcher m = FASTCSV_LINE.matcher(e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage()));
        long line = m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
        String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (String.valueOf(cause).contains("maximum limit of")) {
            return new ImportRejectedException(new ImportProblem(fileName, line, 0, "",
                    "has more fields than Cartwise reads in one line (" + cause + "): is it an export at all?"));
        }
        return new ImportRejectedException(new ImportProblem(fileName, line, 0, "", "is not valid CSV: " + cause));
    }

    @Override
    public void close() {
        try (reader) {
            if (ahead != null) {
                ahead.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
