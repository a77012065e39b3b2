package com.cartwise.application.mining;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.imports.UploadFormat;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The files a basket file can be mined from, and the import format that reads each (none for SPMF's own). */
public enum BasketFileFormat {
    /** Told from the file: SPMF when its first baskets are item numbers separated by spaces, else by its header as imports do. */
    AUTO("auto", null),
    /** SPMF and FIMI: one basket per line, item numbers separated by spaces or tabs; read by the domain's fast reader. */
    SPMF("spmf", null),
    /** One basket per line, item names separated by commas (the Groceries data) or by spaces. */
    BASKETS("baskets", UploadFormat.BASKET_LINES),
    /** A row per invoice line: invoice number, item code, date ... (the Bread Basket and UCI Online Retail data). */
    TRANSACTIONS("transactions", UploadFormat.TRANSACTIONS),
    /** Shopify admin's Orders export: a row per line item. */
    ORDERS("orders", UploadFormat.SHOPIFY_ORDERS);

    private final String wireName;
    private final UploadFormat uploadFormat;

    BasketFileFormat(String wireName, UploadFormat uploadFormat) {
        this.wireName = wireName;
        this.uploadFormat = uploadFormat;
    }

    public String wireName() {
        return wireName;
    }

    /** The import format that reads it; none for {@link #AUTO} and {@link #SPMF}. */
    Optional<UploadFormat> uploadFormat() {
        return Optional.ofNullable(uploadFormat);
    }

    /** The format an import reads as orders, if any. */
    static Optional<BasketFileFormat> of(UploadFormat format) {
        return Arrays.stream(values()).filter(f -> f.uploadFormat == format).findFirst();
    }

    public static BasketFileFormat fromWireName(String name) {
        for (BasketFileFormat format : values()) {
            if (format.wireName.equals(name)) {
                return format;
            }
        }
        throw new InvalidInputException("format", "must be one of "
                + Arrays.stream(values()).map(BasketFileFormat::wireName).collect(Collectors.joining(", ")) + ", but was '" + name + "'");
    }
}
