package com.cartwise.formats.shopify;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.CustomerRow;
import com.cartwise.domain.imports.ImportRecord;
import com.cartwise.formats.csv.Column;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.csv.CsvRow;
import com.cartwise.formats.csv.Header;
import com.cartwise.formats.reading.RowReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Shopify admin customers export (Customers > Export). Personal data: stored for features,
 * never logged.
 */
public final class CustomersReader extends RowReader.OneRowPerRecord {
    static final List<String> REQUIRED = List.of("Email", "Total Spent");

    private final Optional<Column> customerId;
    private final Column email;
    private final Optional<Column> firstName;
    private final Optional<Column> lastName;
    private final Optional<Column> ordersCount;
    private final Column totalSpent;
    private final Optional<Column> tags;
    private final Optional<Column> acceptsMarketing;
    /** Where each field of a customer comes from, so that a rule it breaks is refused at its cell. */
    private final Map<String, Column> columnsByField;

    private CustomersReader(CsvFile csv, int fileIndex) {
        super(csv, fileIndex);
        Header header = csv.header();
        header.requireAll("a Shopify customers export", REQUIRED);
        this.customerId = header.find("Customer ID");
        this.email = header.column("Email");
        this.firstName = header.find("First Name");
        this.lastName = header.find("Last Name");
        this.ordersCount = header.findAny(List.of("Total Orders", "Orders Count"));
        this.totalSpent = header.column("Total Spent");
        this.tags = header.find("Tags");
        this.acceptsMarketing = header.findAny(List.of("Accepts Email Marketing", "Accepts Marketing"));
        Map<String, Column> fields = new HashMap<>();
        fields.put("total_spent", totalSpent);
        ordersCount.ifPresent(column -> fields.put("orders_count", column));
        this.columnsByField = Map.copyOf(fields);
    }

    public static CustomersReader open(CsvFile csv, int fileIndex) {
        return new CustomersReader(csv, fileIndex);
    }

    @Override
    protected ImportRecord record(CsvRow row) {
        // Spreadsheets keep long ids as text with a leading apostrophe, as they do barcodes.
        String id = row.text(customerId).replaceFirst("^'", "");
        Optional<Long> shopifyId = Optional.empty();
        if (!id.isEmpty()) {
            try {
                shopifyId = Optional.of(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw row.problem(customerId.orElseThrow(), "is not a Shopify customer id (a whole number)");
            }
        }
        String mail = row.text(email);
        try {
            return new CustomerRow(row.source(fileIndex), id.isEmpty() ? mail : id, shopifyId, mail, row.text(firstName),
                    row.text(lastName), ordersCount(row), row.optionalDecimal(Optional.of(totalSpent)), tags(row),
                    acceptsMarketing(row));
        } catch (InvalidInputException e) {
            throw row.broken(e, columnsByField);
        }
    }

    private OptionalInt ordersCount(CsvRow row) {
        return ordersCount.isEmpty() || row.text(ordersCount).isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(row.wholeNumber(ordersCount.get()));
    }

    private List<String> tags(CsvRow row) {
        return Arrays.stream(row.text(tags).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private Optional<Boolean> acceptsMarketing(CsvRow row) {
        String value = row.text(acceptsMarketing).toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "" -> Optional.empty();
            case "yes", "true" -> Optional.of(true);
            case "no", "false" -> Optional.of(false);
            default -> throw row.problem(acceptsMarketing.orElseThrow(), "is neither yes nor no");
        };
    }
}
