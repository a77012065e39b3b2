package com.cartwise.formats.run;

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
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reference generator's orders.csv: a row per order line, lines of one order on consecutive
 * rows, naming the variant by Shopify variant id and/or SKU.
 */
public final class RunOrdersReader extends GroupedOrdersReader {
    private final Column orderId;
    private final Column createdAt;
    private final Optional<Column> customer;
    private final Optional<Column> sku;
    private final Optional<Column> variantId;
    private final Column quantity;
    private final Optional<Column> price;
    private final Optional<Column> discount;
    private final Optional<Column> lineName;
    private final Optional<Column> currency;
    private final FileDates dates = new FileDates();
    /** Where each field of a line comes from, so that a rule it breaks is refused at its cell. */
    private final Map<String, Column> columnsByField;

    private RunOrdersReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        String what = "the generator's orders.csv";
        this.orderId = header.requireAny(what, "order id", RunColumns.ORDER_ID);
        this.createdAt = header.requireAny(what, "created at", RunColumns.CREATED_AT);
        this.quantity = header.requireAny(what, "quantity", RunColumns.QUANTITY);
        this.customer = header.findAny(RunColumns.CUSTOMER);
        this.sku = header.findAny(RunColumns.SKU);
        this.variantId = header.findAny(RunColumns.VARIANT_ID);
        if (sku.isEmpty() && variantId.isEmpty()) {
            header.requireAny(what, "sku or variant id", RunColumns.SKU);
        }
        this.price = header.findAny(RunColumns.PRICE);
        this.discount = header.findAny(RunColumns.DISCOUNT);
        this.lineName = header.findAny(RunColumns.LINE_NAME);
        this.currency = header.findAny(RunColumns.CURRENCY);
        Map<String, Column> fields = new HashMap<>();
        fields.put("quantity", quantity);
        price.ifPresent(column -> fields.put("price", column));
        variantId.ifPresent(column -> fields.put("shopify_variant_id", column));
        this.columnsByField = Map.copyOf(fields);
    }

    public static RunOrdersReader open(CsvFile csv, int fileIndex) {
        return new RunOrdersReader(csv, fileIndex);
    }

    @Override
    protected String orderName(CsvRow row) {
        String name = row.text(orderId);
        if (name.isEmpty()) {
            throw row.problem(orderId, "is empty: every line names its order");
        }
        return name;
    }

    @Override
    protected OrderStart startOrder(CsvRow row, String name) {
        OrderDate date = dates.read(row, createdAt)
                .orElseThrow(() -> row.problem(createdAt, "is empty on the first line of order " + name));
        OrderHeader header = new OrderHeader(date, currency(row), Optional.empty(), "", Optional.empty(), "", Optional.empty(),
                "", row.text(customer));
        return new OrderStart(header, laterLine(row));
    }

    @Override
    protected LineRecord laterLine(CsvRow row) {
        int units = row.wholeNumber(quantity);
        Long variant = variantId.isEmpty() || row.text(variantId).isEmpty() ? null : row.longNumber(variantId.get());
        try {
            return new LineRecord(row.source(fileIndex), row.text(lineName), row.text(sku), variant, units,
                    row.optionalDecimal(price).orElse(null), null, row.optionalDecimal(discount).orElse(null), "", false, false);
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }

    private Optional<Currency> currency(CsvRow row) {
        String code = row.text(currency);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw row.problem(currency.orElseThrow(), "'" + code + "' is not an ISO 4217 currency code such as EUR");
        }
    }

    @Override
    public FileFacts facts() {
        return new FileFacts(dates.monthFirst(), dates.format().wireName(), concat(warnings(), dates.warnings()),
                orderId.number(), orderId.name());
    }
}
