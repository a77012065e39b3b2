package com.cartwise.application.mining;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.ReadItem;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.mining.BasketSizeLimit;
import com.cartwise.domain.mining.spmf.BasketFileReader;
import com.cartwise.domain.mining.spmf.SpmfFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a file of baskets to mine, offline: an SPMF (FIMI) file by the domain's reader, any other
 * file that holds orders (baskets named line by line, a transaction file, a Shopify orders export)
 * by the import's own readers, the same rows accepted and refused. Nothing is stored.
 */
public final class ReadBasketFile {
    /** SPMF's item numbers: digits separated by spaces or tabs. */
    private static final Pattern ITEM_NUMBERS = Pattern.compile("[0-9]+([ \\t]+[0-9]+)*[ \\t]*");

    private final UploadFormats formats;

    public ReadBasketFile(UploadFormats formats) {
        this.formats = formats;
    }

    /** What to read, and which baskets to leave out as too large. */
    public record Command(Path file, BasketFileFormat format, BasketSizeLimit basketLimit) {
        public Command {
            InvalidInputException.require(file != null, "file", "is required");
            InvalidInputException.require(format != null, "format", "is required");
            InvalidInputException.require(basketLimit != null, "max_basket_size", "is required");
        }
    }

    /**
     * @throws SpmfFormatException      an SPMF file's token that is not an item number, with its line and column
     * @throws ImportRejectedException  another file's first refused row, or a file that holds no orders, with its place
     * @throws UncheckedIOException     the file cannot be read
     */
    public BasketFile read(Command command) {
        BasketFileFormat format = command.format() == BasketFileFormat.AUTO ? detect(command.file()) : command.format();
        if (format == BasketFileFormat.SPMF) {
            try (InputStream in = Files.newInputStream(command.file())) {
                var database = BasketFileReader.read(in, command.basketLimit());
                return new BasketFile(database, format, List.of(), database.transactionCount() + (long) database.skippedBaskets(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + command.file(), e);
            }
        }
        return readOrders(command.file(), format, command.basketLimit());
    }

    private BasketFile readOrders(Path file, BasketFileFormat format, BasketSizeLimit limit) {
        String name = file.getFileName().toString();
        UploadFormat uploadFormat = format.uploadFormat().orElseThrow();
        formats.detect(file, name, Optional.of(uploadFormat));
        OrderBaskets baskets = new OrderBaskets();
        try (UploadFormats.Reader reader = formats.open(file, name, 0, uploadFormat)) {
            for (ReadItem item = reader.next(); item != null; item = reader.next()) {
                switch (item) {
                    case ReadItem.Read(OrderRecord order) -> baskets.add(order);
                    case ReadItem.Read read -> throw new ImportRejectedException(new ImportProblem(name, read.record().source().line(), 0,
                            "", "holds " + read.record().getClass().getSimpleName() + " rows, not orders: mine a file of baskets,"
                            + " transactions or orders"));
                    case ReadItem.Refused refused -> throw new ImportRejectedException(refused.problems().getFirst());
                }
            }
        }
        return baskets.toBasketFile(format, limit);
    }

    /**
     * SPMF when the file's first basket is item numbers (so that a bad token further down is named
     * where it is); else what its header or lines say, which must be a file of orders.
     */
    private BasketFileFormat detect(Path file) {
        if (startsWithItemNumbers(file)) {
            return BasketFileFormat.SPMF;
        }
        String name = file.getFileName().toString();
        UploadFormat detected;
        try {
            detected = formats.detect(file, name, Optional.empty());
        } catch (ImportRejectedException e) {
            // An upload's refusal ends with the REST API's ?type= advice; anything else (an empty or binary file) stands.
            if (!e.problem().message().contains("?type=")) {
                throw e;
            }
            throw new ImportRejectedException(new ImportProblem(name, 1, 0, "", "is no basket file Cartwise knows: item numbers"
                    + " separated by spaces (SPMF), one basket per line, a transaction file or a Shopify orders export"));
        }
        return BasketFileFormat.of(detected).orElseThrow(() -> new ImportRejectedException(new ImportProblem(name, 1, 0, "",
                "is a " + detected.wireName() + " file, which holds no baskets: mine a file of baskets, transactions or orders")));
    }

    private static boolean startsWithItemNumbers(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (!text.isEmpty() && "#%@".indexOf(text.charAt(0)) < 0) {
                    return ITEM_NUMBERS.matcher(text).matches();
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
