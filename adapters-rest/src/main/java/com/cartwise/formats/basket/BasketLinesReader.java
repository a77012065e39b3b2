package com.cartwise.formats.basket;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.SourceRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file with one basket per line, no header: items separated by commas (the Groceries data,
 * whose item names hold spaces) or, where the first basket has no comma, by spaces (the FIMI
 * retail data). Each line is an order named after the file and its line, so
 * that importing the same file again replaces its own orders; item codes the catalogue does not
 * know become its variants. The lines carry no dates: orders are dated a second apart in line
 * order from 2000-01-01T00:00:00Z, so that time order is line order.
 */
public final class BasketLinesReader implements UploadFormats.Reader {
    /** Where the invented dates of undated baskets start. */
    public static final Instant FIRST_BASKET = Instant.parse("2000-01-01T00:00:00Z");
    private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final String fileName;
    private final int fileIndex;
    private final BufferedReader lines;
    private final java.io.InputStream bytes;
    private final long size;
    private long line;
    /** Decided by the first basket: a file that separates items by commas may have spaces inside item names. */
    private Pattern separator;

    private BasketLinesReader(Path file, String fileName, int fileIndex) throws IOException {
        this.fileName = fileName;
        this.fileIndex = fileIndex;
        this.size = Files.size(file);
        this.bytes = Files.newInputStream(file);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.lines = new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
    }

    public static BasketLinesReader open(Path file, String fileName, int fileIndex) {
        try {
            return new BasketLinesReader(file, fileName, fileIndex);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + fileName, e);
        }
    }

    @Override
    public ReadItem next() {
        String text;
        try {
            text = lines.readLine();
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, line + 1, 0, "", "cannot be read: " + e.getMessage()));
        }
        if (text == null) {
            return null;
        }
        line++;
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try {
            return new ReadItem.Read(basket(text.strip()));
        } catch (ImportRejectedException e) {
            return new ReadItem.Refused(List.of(e.problem()));
        }
    }

    private OrderRecord basket(String text) {
        if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            throw problem(text, "holds characters that are not UTF-8 text; save the file as UTF-8 and upload it again");
        }
        if (text.isEmpty()) {
            throw problem(text, "holds no item: a line of a basket file is one basket");
        }
        if (separator == null) {
            separator = text.indexOf(',') >= 0 ? COMMAS : SPACES;
        }
        SourceRow source = new SourceRow(fileIndex, line);
        List<LineRecord> items = new ArrayList<>();
        for (String item : separator.split(text)) {
            if (!item.isEmpty()) {
                try {
                    items.add(new LineRecord(source, item, item, null, 1, null, null, null, "", false, true));
                } catch (InvalidInputException e) {
                    throw problem(item, e.getMessage());
                }
            }
        }
        OrderDate placed = OrderDate.exactly(FIRST_BASKET.plusSeconds(line - 1));
        return new OrderRecord(source, fileName + ":" + line, OrderHeader.placedAt(placed), items);
    }

    private ImportRejectedException problem(String value, String message) {
        return new ImportRejectedException(new ImportProblem(fileName, line, 0, "", value, message));
    }

    @Override
    public long rowsRead() {
        return line;
    }

    /** Bytes read, counted by characters decoded so far is not worth a second pass: lines give the pace. */
    @Override
    public long bytesRead() {
        try {
            return size - bytes.available();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public FileFacts facts() {
        return FileFacts.plain(List.of("The file has no dates: its baskets were dated one second apart in line order from "
                + FIRST_BASKET + ", so that line order is time order."));
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
