package com.cartwise.formats;

import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.basket.TransactionsReader;
import com.cartwise.formats.csv.Header;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells a file's format from its first line (and, for headerless basket files, its first few
 * lines). A header that fits two formats, or none, is refused with what would fit.
 */
final class FormatDetection {
    /** A refusal reaches a merchant through any of the three doors that read files: each names the type its own way. */
    static final String NAMING_THE_TYPE = "(?type= on an upload, --type for cartwise import, --format for cartwise evaluate)";
    private static final int SNIFF_BYTES = 8192;
    private static final int SNIFF_LINES = 20;
    private static final Pattern NUMERIC_TOKENS = Pattern.compile("\\d+([ ,]+\\d+)*[ ,]*");

    private FormatDetection() {
    }

    /** Refuses what is not text at all (a spreadsheet saved as .xlsx, an image) before any CSV parser sees it. */
    static void requireText(Path file, String fileName) {
        byte[] start = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + fileName, e);
        }
        if (n == 0) {
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", "the file is empty: it has no header line"));
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = start[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20) {
                controls++;
            }
        }
        // Text has next to no control bytes (the Bread Basket's one stray NUL is 1 in 700,000); a zip or an image is full of them.
        if (controls > n / 100 + 1) {
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", "is not a text file (" + controls
                    + " control bytes in its first " + n + "): upload the export as CSV (UTF-8), not as a spreadsheet or archive"));
        }
    }

    static UploadFormat detect(Header header, Path file, String fileName) {
        List<UploadFormat> fits = new ArrayList<>();
        if (header.has("Handle") && header.has("Variant Price")) {
            fits.add(UploadFormat.SHOPIFY_PRODUCTS);
        }
        if (header.has("Name") && header.has("Lineitem name")) {
            fits.add(UploadFormat.SHOPIFY_ORDERS);
        }
        if (header.has("Handle") && header.has("Location") && (header.has("Available") || header.has("On hand"))) {
            fits.add(UploadFormat.SHOPIFY_INVENTORY);
        }
        if (header.has("Email") && header.has("Total Spent")) {
            fits.add(UploadFormat.SHOPIFY_CUSTOMERS);
        }
        if (fits.isEmpty()) {
            fits.addAll(runOrTransactions(header));
        }
        if (fits.size() == 1) {
            return fits.getFirst();
        }
        if (fits.size() > 1) {
            throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", "has the columns of "
                    + String.join(" and ", fits.stream().map(UploadFormat::wireName).toList())
                    + " files at once: say which it is, e.g. " + fits.getFirst().wireName() + " " + NAMING_THE_TYPE));
        }
        if (looksLikeBaskets(file, fileName)) {
            return UploadFormat.BASKET_LINES;
        }
        throw new ImportRejectedException(new ImportProblem(fileName, 1, 0, "", "is no file Cartwise knows by its header"
                + " (Shopify products, orders, inventory or customers export; the bundle generator's orders, variants,"
                + " inventory_levels or catalog_joined files; a transaction file with invoice, item and date columns;"
                + " or one basket per line): export it from Shopify admin, or name its type " + NAMING_THE_TYPE));
    }

    private static List<UploadFormat> runOrTransactions(Header header) {
        List<UploadFormat> fits = new ArrayList<>();
        boolean variantId = header.hasAny(List.of("variant_id", "shopify_variant_id"));
        boolean orderId = header.hasAny(List.of("order_id", "order id", "order_number", "order_name"));
        if (TransactionsReader.recognises(header) && !orderId && !variantId) {
            fits.add(UploadFormat.TRANSACTIONS);
        }
        if (orderId && header.hasAny(List.of("quantity", "qty")) && (variantId || header.hasAny(List.of("sku")))) {
            fits.add(UploadFormat.RUN_ORDERS);
        } else if (variantId && header.hasAny(List.of("product_id")) && header.hasAny(List.of("price", "unit_price"))) {
            fits.add(UploadFormat.RUN_VARIANTS);
        } else if (!variantId && header.hasAny(List.of("inventory_item_id", "inventory_item"))
                && header.hasAny(List.of("location", "location_id", "location_name"))) {
            fits.add(UploadFormat.RUN_INVENTORY_LEVELS);
        } else if (!variantId && header.hasAny(List.of("product_id")) && header.hasAny(List.of("title", "product_title"))) {
            fits.add(UploadFormat.RUN_CATALOG);
        }
        return fits;
    }

    /**
     * One basket per line has no header: its lines hold only item ids (FIMI's numbers), or their
     * item counts vary from line to line as no header-led file's do (the Groceries data), or its
     * first line's items are bought again below, as a header's column names are not its values (a
     * file of pairs, every line two items).
     */
    private static boolean looksLikeBaskets(Path file, String fileName) {
        List<String> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String line = reader.readLine(); line != null && lines.size() < SNIFF_LINES; line = reader.readLine()) {
                lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + fileName, e);
        }
        if (lines.stream().allMatch(l -> NUMERIC_TOKENS.matcher(l).matches())) {
            return true;
        }
        boolean quoted = lines.stream().anyMatch(l -> l.indexOf('"') >= 0);
        long fieldCounts = lines.stream().mapToInt(l -> l.split(",", -1).length).distinct().count();
        return !quoted && lines.size() > 2 && (fieldCounts > 2 || firstLineRecurs(lines));
    }

    private static boolean firstLineRecurs(List<String> lines) {
        Set<String> first = items(lines.getFirst()).collect(Collectors.toSet());
        return lines.stream().skip(1).flatMap(FormatDetection::items).anyMatch(first::contains);
    }

    private static Stream<String> items(String line) {
        return Arrays.stream(line.split(",")).map(String::strip).filter(item -> !item.isEmpty());
    }
}
