package com.cartwise.formats;

import com.cartwise.application.port.UploadFormats;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.formats.basket.BasketLinesReader;
import com.cartwise.formats.basket.TransactionsReader;
import com.cartwise.formats.csv.CsvFile;
import com.cartwise.formats.run.RunCatalogReader;
import com.cartwise.formats.run.RunInventoryReader;
import com.cartwise.formats.run.RunOrdersReader;
import com.cartwise.formats.run.RunVariantsReader;
import com.cartwise.formats.shopify.CustomersReader;
import com.cartwise.formats.shopify.InventoryReader;
import com.cartwise.formats.shopify.OrdersReader;
import com.cartwise.formats.shopify.ProductsReader;
import java.nio.file.Path;
import java.util.Optional;

/** {@link UploadFormats}: every format Cartwise reads, each recognised from its header. */
public final class FileFormats implements UploadFormats {

    @Override
    public UploadFormat detect(Path file, String fileName, Optional<UploadFormat> requested) {
        FormatDetection.requireText(file, fileName);
        if (requested.isPresent()) {
            return requested.get();
        }
        try (CsvFile csv = CsvFile.open(file, fileName)) {
            return FormatDetection.detect(csv.header(), file, fileName);
        }
    }

    @Override
    public Reader open(Path file, String fileName, int fileIndex, UploadFormat format) {
        if (format == UploadFormat.BASKET_LINES) {
            return BasketLinesReader.open(file, fileName, fileIndex);
        }
        CsvFile csv = CsvFile.open(file, fileName);
        try {
            return switch (format) {
                case SHOPIFY_PRODUCTS -> ProductsReader.open(csv, fileIndex);
                case SHOPIFY_ORDERS -> OrdersReader.open(csv, fileIndex);
                case SHOPIFY_INVENTORY -> InventoryReader.open(csv, fileIndex);
                case SHOPIFY_CUSTOMERS -> CustomersReader.open(csv, fileIndex);
                case RUN_ORDERS -> RunOrdersReader.open(csv, fileIndex);
                case RUN_VARIANTS -> RunVariantsReader.open(csv, fileIndex);
                case RUN_INVENTORY_LEVELS -> RunInventoryReader.open(csv, fileIndex);
                case RUN_CATALOG -> RunCatalogReader.open(csv, fileIndex);
                case TRANSACTIONS -> TransactionsReader.open(csv, fileIndex);
                case BASKET_LINES -> throw new IllegalStateException("opened above");
            };
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }
}
