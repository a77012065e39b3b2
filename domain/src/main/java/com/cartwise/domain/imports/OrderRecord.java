package com.cartwise.domain.imports;

import com.cartwise.domain.InvalidInputException;
import java.util.List;

/**
 * An order as one run of consecutive rows of a file names it. The same name again later in the
 * upload is a split order, which the import's checks refuse (they run on the staged rows, so no
 * reader has to remember every name it saw).
 */
public record OrderRecord(SourceRow source, String name, OrderHeader header, List<LineRecord> lines) implements ImportRecord {
    /** Names are compared as text; Shopify's are "#1001", a transaction file's its invoice number. */
    public static final int MAX_NAME_LENGTH = 255;

    public OrderRecord {
        InvalidInputException.require(name != null && !name.isBlank(), "name", "is required");
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME_LENGTH + " characters, but had " + name.length());
        }
        if (source == null || header == null) {
            throw new IllegalArgumentException("an order has a place and a header");
        }
        InvalidInputException.require(lines != null && !lines.isEmpty(), "lines", "an order has at least one line");
        lines = List.copyOf(lines);
    }

    @Override
    public long rows() {
        return lines.size();
    }

    /**
     * A fingerprint of everything the order says, where it sits in its file aside: the same order
     * exported again has the same one, and any change to it (a line, a quantity, a refund, a
     * cancellation) another. An import skips the orders a shop already has unchanged, so that
     * re-importing an overlapping export rewrites only what changed. 64 bits of SHA-256: a
     * changed order passing for unchanged is a 1-in-2^64 chance.
     */
    public long contentHash() {
        FingerprintScratch scratch = FingerprintScratch.begin();
        StringBuilder text = scratch.text().append("order-v1\u001e").append(name);
        field(text, header.createdAt().dayFirst());
        field(text, header.createdAt().monthFirst());
        field(text, header.currency().map(java.util.Currency::getCurrencyCode).orElse(""));
        field(text, header.cancelledAt().map(OrderDate::dayFirst).orElse(null));
        field(text, header.cancelledAt().map(OrderDate::monthFirst).orElse(null));
        field(text, header.financialStatus());
        field(text, header.refundedAmount().orElse(null));
        field(text, header.discountCode());
        field(text, header.discountAmount().orElse(null));
        field(text, header.salesChannel());
        field(text, header.customer());
        // Only when known, so that an export's orders keep the fingerprints they had before sources knew Shopify's id.
        header.shopifyOrderId().ifPresent(id -> field(text, id));
        for (LineRecord line : lines) {
            text.append('\u001e');
            field(text, line.name());
            field(text, line.sku());
            field(text, line.shopifyVariantId());
            field(text, line.quantity());
            field(text, line.price());
            field(text, line.compareAtPrice());
            field(text, line.discount());
            field(text, line.vendor());
            field(text, line.refunded());
            field(text, line.createsVariant());
        }
        return scratch.finish();
    }

    private static void field(StringBuilder text, Object value) {
        text.append('\u001f');
        if (value instanceof java.time.Instant instant) {
            // Instant.toString's own format, written in place.
            java.time.format.DateTimeFormatter.ISO_INSTANT.formatTo(instant, text);
            return;
        }
        // Amounts by value: 12.5 and 12.50 are the same price.
        Object shown = value instanceof java.math.BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : value;
        text.append(shown == null ? "\u0000" : shown);
    }
}
