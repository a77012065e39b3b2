package com.cartwise.formats.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.ImageRow;
import com.cartwise.domain.imports.ImportRejectedException;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.formats.Reading;
import com.cartwise.rest.CsvFixture;
import com.cartwise.application.testing.SharedData;
import com.cartwise.application.testing.SharedDataTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductsReaderTest {

    /** Everything the file holds, read to the end as a use case would. */
    record Read(List<VariantRecord> variants, long rows, long imageRows, List<String> warnings) {
        long products() {
            return variants.stream().map(v -> v.product().handle()).distinct().count();
        }

        /** Products (not variants) per status. */
        Map<ProductStatus, Long> productsByStatus() {
            return variants.stream().map(VariantRecord::product).distinct()
                    .collect(Collectors.groupingBy(Product::status, () -> new EnumMap<>(ProductStatus.class), Collectors.counting()));
        }

        List<ProductStatus> statuses() {
            return variants.stream().map(v -> v.product().status()).toList();
        }
    }

    static Read readAll(Path file) {
        Reading.Read read = Reading.readAll(file, UploadFormat.SHOPIFY_PRODUCTS);
        if (!read.refused().isEmpty()) {
            throw new ImportRejectedException(read.refused().getFirst());
        }
        return new Read(read.of(VariantRow.class).stream().map(VariantRow::variant).toList(), read.rows(),
                read.of(ImageRow.class).size(), read.facts().warnings());
    }

    static ImportProblem rejection(Path file) {
        return Reading.rejection(file, UploadFormat.SHOPIFY_PRODUCTS);
    }

    /** The real exports in ../shared/data; skipped, saying so, where that folder is absent. */
    @Nested
    @SharedDataTest
    class RealExports {

        @Test
        void readsTheRiekerShoeShopWithItsImageRowsCountedApart() {
            Read read = readAll(SharedData.file("shopify-store-rieker/products_export.csv"));

            assertEquals(10_596, read.rows());
            assertEquals(5_301, read.imageRows());
            assertEquals(10_596 - 5_301, read.variants().size());
            assertEquals(1_165, read.products());
            assertEquals(List.of(), read.warnings());
        }

        @Test
        void readsEveryColumnOfARiekerVariantAndStripsTheSpreadsheetApostropheFromItsBarcode() {
            VariantRecord first = readAll(SharedData.file("shopify-store-rieker/products_export.csv")).variants().getFirst();

            Product product = new Product("rieker-w0402-00-noir", "Rieker - W0402-00- Noir", "RIEKER", "", List.of(
                    "ATTR_DESC_SOULIER FEMME T1 LACE", "ATTR_KEYWORD_NOIR", "ATTR_PROMOTION", "ATTR_SEASON_ETE",
                    "ATTR_SEASON_ETE 2023", "DEPT_SOULIER FEMME", "GRANDEUR_36", "GRANDEUR_37", "GRANDEUR_38", "GRANDEUR_39",
                    "GRANDEUR_40", "GRANDEUR_41", "GRANDEUR_42", "KEYWORD_NOIR", "PROMO", "SUBDEPT_T1 LACE", "VENDOR_RIEKER"));
            assertEquals(new VariantRecord(product, List.of("36", "NOIR"), "W0402.00 -0-0-0", "4849000260870", null,
                    new BigDecimal("112.00"), new Stock(true, 1, false), new BigDecimal("140.00"), new BigDecimal("0.00"), null), first);
        }

        @Test
        void carriesTheProductColumnsOfAHandlesFirstRowOverToItsLastVariant() {
            VariantRecord last = readAll(SharedData.file("shopify-store-rieker/products_export.csv")).variants().getLast();

            assertEquals("rieker-38434-00-noir", last.product().handle());
            assertEquals("Rieker - 38434-00- Noir", last.product().title());
            assertEquals("RIEKER", last.product().vendor());
            assertEquals(List.of("44", "NOIR"), last.optionValues());
            assertEquals("38434.00 -0-0-0", last.sku());
            assertEquals("4849000146365", last.barcode());
            assertEquals(new BigDecimal("155.00"), last.price());
        }

        @Test
        void readsTheRiekerStockAsShopifyTracksIt() {
            List<VariantRecord> variants = readAll(SharedData.file("shopify-store-rieker/products_export.csv")).variants();

            assertEquals(6_085, variants.stream().mapToInt(v -> v.stock().quantity()).sum());
            assertEquals(1_898, variants.stream().filter(v -> !v.stock().available()).count());
            assertTrue(variants.stream().allMatch(v -> v.stock().tracked() && !v.stock().sellsWhenOutOfStock()));
        }

        @Test
        void readsTheRiekerProductsStatusFromTheirFirstRows() {
            // Counted with a script over each handle's first row: 860 active, 304 draft, 1 archived
            // (rieker-97188-00-noir); their variant rows number 4,588, 706 and 1.
            Read read = readAll(SharedData.file("shopify-store-rieker/products_export.csv"));

            assertEquals(Map.of(ProductStatus.ACTIVE, 860L, ProductStatus.DRAFT, 304L, ProductStatus.ARCHIVED, 1L),
                    read.productsByStatus());
            assertEquals(4_588, read.variants().stream().filter(v -> v.product().status() == ProductStatus.ACTIVE).count());
            assertEquals(List.of("rieker-97188-00-noir"), read.variants().stream()
                    .filter(v -> v.product().status() == ProductStatus.ARCHIVED).map(v -> v.product().handle()).toList());
        }

        @Test
        void readsEveryBakeryProductAsActive() {
            assertEquals(Map.of(ProductStatus.ACTIVE, 94L),
                    readAll(SharedData.file("shopify-bakery/products_export.csv")).productsByStatus());
        }

        @Test
        void readsTheSampleCataloguesWhichHaveNoStatusButArePublishedAsActive() {
            assertEquals(Map.of(ProductStatus.ACTIVE, 20L),
                    readAll(SharedData.file("shopify-samples/products/apparel.csv")).productsByStatus());
        }

        @Test
        void readsTheBakeryWhoseDescriptionsSpanSeveralLines() {
            Read read = readAll(SharedData.file("shopify-bakery/products_export.csv"));

            assertEquals(94, read.rows());
            assertEquals(0, read.imageRows());
            assertEquals(94, read.products());
            assertEquals(new VariantRecord(new Product("adjustment", "Adjustment", "The Bread Basket", "Bakery",
                            List.of("bakery", "edinburgh")), List.of("Default Title"), "BB-7F0496", "", null,
                    new BigDecimal("3.43"), new Stock(true, 0, false), null, new BigDecimal("1.30"), null), read.variants().getFirst());
            assertEquals("victorian-sponge", read.variants().getLast().product().handle());
            assertEquals(new Stock(true, 39, false), read.variants().getLast().stock());
        }

        @Test
        void readsShopifysOfficialSampleCatalogues() {
            Read apparel = readAll(SharedData.file("shopify-samples/products/apparel.csv"));
            Read garden = readAll(SharedData.file("shopify-samples/products/home-and-garden.csv"));
            Read jewelery = readAll(SharedData.file("shopify-samples/products/jewelery.csv"));

            assertEquals(List.of(22L, 0L, 22, 20L), List.of(apparel.rows(), apparel.imageRows(), apparel.variants().size(), apparel.products()));
            assertEquals(List.of(21L, 0L, 21, 20L), List.of(garden.rows(), garden.imageRows(), garden.variants().size(), garden.products()));
            assertEquals(List.of(41L, 18L, 23, 20L), List.of(jewelery.rows(), jewelery.imageRows(), jewelery.variants().size(), jewelery.products()));
        }

        @Test
        void readsAnUntrackedSecondVariantWithItsProductCarriedOver() {
            VariantRecord black = readAll(SharedData.file("shopify-samples/products/jewelery.csv")).variants().get(1);

            assertEquals(new VariantRecord(new Product("chain-bracelet", "7 Shakra Bracelet", "Company 123", "Bracelet",
                    List.of("Beads")), List.of("Black"), "", "", null, new BigDecimal("42.99"), new Stock(false, 0, false),
                    new BigDecimal("44.99"), null, null), black);
        }
    }

    @Nested
    class HandWrittenExports {
        static final String HEADER = "Handle,Title,Vendor,Type,Tags,Option1 Name,Option1 Value,Option2 Name,Option2 Value,"
                + "Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Price,"
                + "Variant Barcode,Image Src,Variant ID";

        @TempDir
        Path folder;

        @Test
        void readsOptionValuesStockPolicyAndShopifyVariantId() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,Ski Wax,Alpine,Care,\"wax, winter\",Size,Small,Scent,Pine,WAX-S,shopify,3,continue,12.50,'0123,,4711",
                    "ski-wax,,,,,Size,Large,Scent,,WAX-L,,,deny,18.00,,,");

            List<VariantRecord> variants = readAll(file).variants();

            Product wax = new Product("ski-wax", "Ski Wax", "Alpine", "Care", List.of("wax", "winter"));
            assertEquals(List.of(
                    new VariantRecord(wax, List.of("Small", "Pine"), "WAX-S", "0123", 4711L, new BigDecimal("12.50"), new Stock(true, 3, true)),
                    new VariantRecord(wax, List.of("Large"), "WAX-L", "", null, new BigDecimal("18.00"), new Stock(false, 0, false))),
                    variants);
        }

        @Test
        void countsImageRowsAndImportsTheVariantsAroundThem() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,12.50,,https://cdn/a.jpg,",
                    "ski-wax,,,,,,,,,,,,,,,https://cdn/b.jpg,",
                    "ski-wax,,,,,Size,Large,,,WAX-L,,,,18.00,,,");

            Read read = readAll(file);

            assertEquals(3, read.rows());
            assertEquals(1, read.imageRows());
            assertEquals(List.of(List.of("Small"), List.of("Large")), read.variants().stream().map(VariantRecord::optionValues).toList());
        }

        @Test
        void rejectsAMissingRequiredColumnNamingEveryMissingOne() {
            Path file = CsvFixture.write(folder, "products.csv", "Handle,Option1 Value,Variant SKU", "ski-wax,Small,WAX-S");

            ImportProblem problem = rejection(file);

            assertEquals(new ImportProblem("products.csv", 1, 0, "Title, Variant Price",
                    "missing columns Title, Variant Price: a Shopify products export has Handle, Title, Option1 Value, Variant SKU, Variant Price"),
                    problem);
        }

        @Test
        void rejectsAPriceThatIsNotANumberAtItsLineAndColumn() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,12.50,,,",
                    "ski-wax,,,,,Size,Large,,,WAX-L,,,,\"18,00\",,,");

            assertEquals(new ImportProblem("products.csv", 3, 14, "Variant Price", "18,00",
                    "'18,00' is not a number like 12.50: write the decimal point as '.', not ','"),
                    rejection(file));
        }

        @Test
        void rejectsANegativePriceWhereTheDomainRefusesIt() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER, "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,-1.00,,,");

            assertEquals(new ImportProblem("products.csv", 2, 14, "Variant Price", "-1.00", "must not be negative"), rejection(file));
        }

        @Test
        void countsPhysicalLinesWhenAQuotedFieldSpansSeveral() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,\"Ski Wax",
                    "for cold days\",,,,Size,Small,,,WAX-S,shopify,2,deny,12.50,,,",
                    "ski-wax,,,,,Size,Large,,,WAX-L,shopify,two,deny,18.00,,,");

            assertEquals(new ImportProblem("products.csv", 4, 12, "Variant Inventory Qty", "two", "'two' is not a whole number"),
                    rejection(file));
        }

        @Test
        void rejectsARowThatLooksLikeAVariantButHasNoPrice() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,12.50,,,",
                    "ski-wax,,,,,,,,,WAX-L,,,,,,https://cdn/b.jpg,");

            ImportProblem problem = rejection(file);

            assertEquals(List.of(3L, 7, "Option1 Value"), List.of(problem.line(), problem.column(), problem.columnName()));
        }

        @Test
        void rejectsAVariantWithoutAPrice() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER, "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,,,,");

            assertEquals(new ImportProblem("products.csv", 2, 14, "Variant Price", "is empty: every variant has a price"),
                    rejection(file));
        }

        @Test
        void rejectsAProductWhoseFirstRowHasNoTitle() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,12.50,,,",
                    "ski-poles,,,,,Size,120 cm,,,POLE-120,,,,40.00,,,");

            ImportProblem problem = rejection(file);

            assertEquals(List.of(3L, 2, "Title"), List.of(problem.line(), problem.column(), problem.columnName()));
        }

        @Test
        void rejectsAnImageRowThatDoesNotFollowItsProduct() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER,
                    "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,,12.50,,,",
                    "ski-poles,,,,,,,,,,,,,,,https://cdn/poles.jpg,");

            ImportProblem problem = rejection(file);

            assertEquals(List.of(3L, 0), List.of(problem.line(), problem.column()));
        }

        @Test
        void rejectsAnInventoryPolicyShopifyDoesNotKnow() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER, "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,,,oversell,12.50,,,");

            assertEquals(new ImportProblem("products.csv", 2, 13, "Variant Inventory Policy", "oversell", "'oversell' is neither deny nor continue"),
                    rejection(file));
        }

        @Test
        void rejectsATrackedVariantWithoutAQuantity() {
            Path file = CsvFixture.write(folder, "products.csv", HEADER, "ski-wax,Ski Wax,,,,Size,Small,,,WAX-S,shopify,,deny,12.50,,,");

            ImportProblem problem = rejection(file);

            assertEquals(List.of(2L, 12, "Variant Inventory Qty"), List.of(problem.line(), problem.column(), problem.columnName()));
        }

        @Nested
        class Statuses {
            static final String COLUMNS = "Handle,Title,Option1 Value,Variant SKU,Variant Price";

            @Test
            void readsEachProductsStatusFromItsFirstRowRegardlessOfCase() {
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS + ",Status",
                        "ski-wax,Ski Wax,Small,WAX-S,12.50,Draft",
                        "ski-wax,,Large,WAX-L,18.00,",
                        "boot-bag,Boot Bag,Default Title,BAG,25.00,ARCHIVED",
                        "goggles,Goggles,Default Title,GOG,60.00,active");

                assertEquals(List.of(ProductStatus.DRAFT, ProductStatus.DRAFT, ProductStatus.ARCHIVED, ProductStatus.ACTIVE),
                        readAll(file).statuses());
            }

            @Test
            void readsABlankStatusAsActive() {
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS + ",Status", "ski-wax,Ski Wax,Small,WAX-S,12.50,");

                assertEquals(List.of(ProductStatus.ACTIVE), readAll(file).statuses());
            }

            @Test
            void rejectsAStatusShopifyDoesNotKnowAtItsLineAndColumn() {
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS + ",Status",
                        "ski-wax,Ski Wax,Small,WAX-S,12.50,active",
                        "boot-bag,Boot Bag,Default Title,BAG,25.00,pending");

                assertEquals(new ImportProblem("products.csv", 3, 6, "Status", "pending", "must be one of active, draft, archived, but was 'pending'"),
                        rejection(file));
            }

            @Test
            void takesStatusOverPublishedWhichOnlySaysWhetherTheOnlineStoreShowsIt() {
                // an active product that is not published online still sells at the till
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS + ",Published,Status",
                        "ski-wax,Ski Wax,Small,WAX-S,12.50,false,active",
                        "boot-bag,Boot Bag,Default Title,BAG,25.00,true,archived");

                assertEquals(List.of(ProductStatus.ACTIVE, ProductStatus.ARCHIVED), readAll(file).statuses());
            }

            @Test
            void readsAnUnpublishedProductAsADraftWhenTheFileHasNoStatus() {
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS + ",Published",
                        "ski-wax,Ski Wax,Small,WAX-S,12.50,false",
                        "ski-wax,,Large,WAX-L,18.00,",
                        "boot-bag,Boot Bag,Default Title,BAG,25.00,TRUE",
                        "goggles,Goggles,Default Title,GOG,60.00,",
                        "gloves,Gloves,Default Title,GLV,25.00,FALSE");

                assertEquals(List.of(ProductStatus.DRAFT, ProductStatus.DRAFT, ProductStatus.ACTIVE, ProductStatus.ACTIVE,
                        ProductStatus.DRAFT), readAll(file).statuses());
            }

            @Test
            void rejectsAPublishedValueThatIsNeitherTrueNorFalse() {
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS + ",Published", "ski-wax,Ski Wax,Small,WAX-S,12.50,yes");

                assertEquals(new ImportProblem("products.csv", 2, 6, "Published", "yes", "'yes' is neither true nor false"),
                        rejection(file));
            }

            @Test
            void readsEveryProductAsActiveWhenTheFileHasNeitherColumn() {
                Path file = CsvFixture.write(folder, "products.csv", COLUMNS, "ski-wax,Ski Wax,Small,WAX-S,12.50");

                assertEquals(List.of(ProductStatus.ACTIVE), readAll(file).statuses());
            }
        }

        @Test
        void treatsStockAsUnknownAndSaysSoWhenTheFileHasNoQuantityColumn() {
            Path file = CsvFixture.write(folder, "products.csv", "Handle,Title,Option1 Value,Variant SKU,Variant Price,Variant Inventory Tracker",
                    "ski-wax,Ski Wax,Default Title,WAX,12.50,shopify");

            Read read = readAll(file);

            assertTrue(read.variants().getFirst().stock().available());
            assertEquals(1, read.warnings().size());
        }
    }
}
