package com.cartwise.formats.basket;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.FileFacts;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderDate;
import com.cartwise.domain.imports.OrderHeader;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.csv.Header;
import com.cartwise.formats.dates.FileDates;
import com.cartwise.formats.reading.GroupedOrdersReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A transaction file as public data sets come: a row per invoice line (or per unit sold). An
 * invoice's rows are usually consecutive; an invoice met again later in the same file is the same
 * invoice (data sets are sorted by time, not by invoice), which the import joins up. Item codes the shop's catalogue does not know become its variants,
 * so the file alone is enough to train. A negative quantity is a returned item and an invoice whose
 * number starts with "C" a cancellation: stored and flagged (left out of baskets), as the UCI
 * Online Retail data writes hundreds of them.
 */
public final class TransactionsReader extends GroupedOrdersReader {
    /** Placeholders some data sets write where a row names no item (the Bread Basket's "NONE"). */
    private static final Set<String> NO_ITEM = Set.of("none", "null", "n/a", "na", "-");

    private final Column transaction;
    private final Column item;
    private final Optional<Column> description;
    private final Optional<Column> quantity;
    private final Column date;
    private final Optional<Column> time;
    private final Optional<Column> unitPrice;
    private final Optional<Column> customer;
    private final FileDates dates = new FileDates();
    private long placeholderRows;
    private String placeholder;

    private TransactionsReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        String what = "a transaction file";
        this.transaction = header.requireAny(what, "transaction (invoice) number", TransactionColumns.TRANSACTION);
        this.item = header.requireAny(what, "item code", TransactionColumns.ITEM);
        this.date = header.requireAny(what, "date", TransactionColumns.DATE);
        this.description = header.findAny(TransactionColumns.DESCRIPTION);
        this.quantity = header.findAny(TransactionColumns.QUANTITY);
        this.time = header.findAny(TransactionColumns.TIME);
        this.unitPrice = header.findAny(TransactionColumns.UNIT_PRICE);
        this.customer = header.findAny(TransactionColumns.CUSTOMER);
    }

    public static TransactionsReader open(CsvFile csv, int fileIndex) {
        return new TransactionsReader(csv, fileIndex);
    }

    /** Whether a header is a transaction file's: an invoice number, an item code and a date. */
    public static boolean recognises(Header header) {
        return header.hasAny(TransactionColumns.TRANSACTION) && header.hasAny(TransactionColumns.ITEM)
                && header.hasAny(TransactionColumns.DATE);
    }

    @Override
    protected String orderName(CsvRow row) {
        String name = row.text(transaction);
        if (name.isEmpty()) {
            throw row.problem(transaction, "is empty: every row names its transaction");
        }
        return name;
    }

    @Override
    protected OrderStart startOrder(CsvRow row, String name) {
        OrderDate placed = time.isPresent() ? dates.read(row, date, time.get())
                : dates.read(row, date).orElseThrow(() -> row.problem(date, "is empty on the first row of transaction " + name));
        // The UCI data marks a cancellation by its invoice number: C536379 cancels what it lists.
        Optional<OrderDate> cancelled = name.toUpperCase(Locale.ROOT).startsWith("C") ? Optional.of(placed) : Optional.empty();
        OrderHeader header = new OrderHeader(placed, Optional.empty(), cancelled, "", Optional.empty(), "", Optional.empty(), "",
                customer(row));
        return new OrderStart(header, laterLine(row));
    }

    @Override
    protected LineRecord laterLine(CsvRow row) {
        String code = row.text(item);
        if (code.isEmpty()) {
            throw row.problem(item, "is empty: a row of a transaction file names the item sold");
        }
        if (NO_ITEM.contains(code.toLowerCase(Locale.ROOT))) {
            // The data set's way of writing "no item here": the row is read and counted, and sells nothing.
            placeholderRows++;
            placeholder = code;
            return null;
        }
        int units = quantity.isEmpty() || row.text(quantity).isEmpty() ? 1 : row.wholeNumber(quantity.get());
        if (units == 0) {
            throw row.problem(quantity.orElseThrow(), "is 0: a row stands for at least one unit sold or returned");
        }
        var price = row.optionalDecimal(unitPrice).orElse(null);
        if (price != null && price.signum() < 0) {
            throw row.problem(unitPrice.orElseThrow(), "'" + price.toPlainString() + "' is negative: a unit price is never below 0");
        }
        try {
            String name = row.text(description);
            return new LineRecord(row.source(fileIndex), name.isEmpty() ? code : name, code, null, units, price, null, null, "",
                    false, true);
        } catch (InvalidInputException e) {
            throw row.broken(e, Map.of("sku", item, "quantity", quantity.orElse(item)));
        }
    }

    /** Customer ids written as decimals by a spreadsheet (17850.0) are the customer 17850. */
    private String customer(CsvRow row) {
        String value = row.text(customer);
        return value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
    }

    @Override
    public FileFacts facts() {
        List<String> warnings = new ArrayList<>(concat(warnings(), dates.warnings()));
        if (placeholderRows > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d rows name no item ('%s'): they were read and counted, and sell nothing;"
                    + " %,d transactions held nothing else and made no order.", placeholderRows, placeholder, ordersWithoutLines()));
        }
        return new FileFacts(dates.monthFirst(), dates.format().wireName(), warnings, transaction.number(), transaction.name());
    }
}
