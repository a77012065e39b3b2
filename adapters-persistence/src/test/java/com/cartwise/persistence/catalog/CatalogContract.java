package com.cartwise.persistence.catalog;

import static com.cartwise.persistence.testing.Fixtures.manyVariants;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.product;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.Staged.CatalogImported;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.ImportProblem;
import com.cartwise.domain.imports.SourceRow;
import com.cartwise.domain.imports.UploadFormat;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.recommend.serving.ProductReference;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@code Catalog} does, the in-memory one and PostgreSQL's alike. */
abstract class CatalogContract {

    protected abstract Ports ports();

    private CatalogImported importing(ShopId shop, VariantRecord... records) {
        return Staged.catalogue(ports(), shop, List.of(records).iterator());
    }

    @Test
    void importedVariantsReadBackPricedInTheShopsCurrency() {
        ShopId shop = newShop(ports().shops(), "CAD");
        Product boot = product("ankle-boot", "Ankle Boot");
        importing(shop,
                variant(boot, List.of("40", "Rouge"), "AB-40-R", 7_000_001L, "112.00", new Stock(true, 0, true)),
                variant(boot, List.of("41", "Rouge"), "", null, "99.5", Stock.untracked()));

        List<Variant> variants = ports().allVariants(shop);

        assertEquals(2, variants.size());
        Variant first = variants.getFirst();
        assertEquals("ankle-boot", first.handle());
        assertEquals(List.of("40", "Rouge"), first.optionValues());
        assertEquals("AB-40-R", first.sku());
        assertEquals(7_000_001L, first.shopifyVariantId());
        assertEquals("Ankle Boot", first.productTitle());
        assertEquals(Money.of("112.00", "CAD"), first.price());
        assertEquals(new Stock(true, 0, true), first.stock());
        assertEquals("Ankle Boot - 41 / Rouge", variants.get(1).lineName());
        assertEquals("", variants.get(1).sku());
        assertEquals(null, variants.get(1).shopifyVariantId());
        assertEquals(Stock.untracked(), variants.get(1).stock());
    }

    @Test
    void everyVariantCarriesItsProductsStatus() {
        ShopId shop = newShop(ports().shops(), "EUR");
        importing(shop,
                variant(product("ankle-boot", "Ankle Boot"), List.of("40"), "AB-40", null, "112.00", Stock.tracked(2)),
                variant(product("ski-wax", "Ski Wax").withStatus(ProductStatus.DRAFT), List.of(), "WAX", null, "9.90",
                        Stock.tracked(2)),
                variant(product("boot-bag", "Boot Bag").withStatus(ProductStatus.ARCHIVED), List.of(), "BAG", null, "25.00",
                        Stock.tracked(2)));

        List<Variant> variants = ports().allVariants(shop);

        assertEquals(List.of(ProductStatus.ACTIVE, ProductStatus.DRAFT, ProductStatus.ARCHIVED),
                variants.stream().map(Variant::productStatus).toList());
        assertEquals(List.of(ProductStatus.DRAFT), ports().catalog().variantsWithSkus(shop, List.of("WAX")).stream()
                .map(Variant::productStatus).toList());
    }

    @Test
    void reimportingAProductAsArchivedArchivesAllItsVariantsAndKeepsTheirIds() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Product boot = product("ankle-boot", "Ankle Boot");
        importing(shop,
                variant(boot, List.of("40"), "AB-40", null, "112.00", Stock.tracked(2)),
                variant(boot, List.of("41"), "AB-41", null, "112.00", Stock.tracked(2)));
        List<Long> ids = ports().allVariants(shop).stream().map(Variant::id).toList();

        // Status is the product's: the row of one variant is enough to archive them all.
        CatalogImported archived = importing(shop,
                variant(boot.withStatus(ProductStatus.ARCHIVED), List.of("40"), "AB-40", null, "112.00", Stock.tracked(2)));

        List<Variant> variants = ports().allVariants(shop);
        assertEquals(new CatalogImported(1, 0, 0, 1), archived);
        assertEquals(ids, variants.stream().map(Variant::id).toList());
        assertEquals(List.of(ProductStatus.ARCHIVED, ProductStatus.ARCHIVED),
                variants.stream().map(Variant::productStatus).toList());
        assertEquals(List.of(ProductStatus.ARCHIVED, ProductStatus.ARCHIVED),
                ports().catalog().variants(shop, ids).stream().map(Variant::productStatus).toList());
    }

    @Test
    void importingTheSameCatalogTwiceChangesNothing() {
        ShopId shop = newShop(ports().shops(), "EUR");
        VariantRecord[] export = {
                variant("ankle-boot", "Ankle Boot", "AB-40", "112.00", "40"),
                variant("ankle-boot", "Ankle Boot", "AB-41", "112.00", "41"),
                variant("ski-wax", "Ski Wax", "WAX", "9.90")};
        CatalogImported first = importing(shop, export);
        List<Variant> before = ports().allVariants(shop);

        CatalogImported second = importing(shop, export);

        assertEquals(new CatalogImported(3, 2, 3, 0), first);
        assertEquals(new CatalogImported(3, 0, 0, 3), second);
        assertEquals(before, ports().allVariants(shop));
    }

    @Test
    void aVariantKeepsItsIdWhenItsPriceAndStockChange() {
        ShopId shop = newShop(ports().shops(), "EUR");
        Product wax = product("ski-wax", "Ski Wax");
        importing(shop, variant(wax, List.of(), "WAX", null, "9.90", Stock.tracked(3)));
        long id = ports().allVariants(shop).getFirst().id();

        importing(shop, variant(wax, List.of(), "WAX-2", null, "11.00", Stock.tracked(0)));

        Variant updated = ports().allVariants(shop).getFirst();
        assertEquals(id, updated.id());
        assertEquals(Money.of("11.00", "EUR"), updated.price());
        assertEquals(Stock.tracked(0), updated.stock());
        assertEquals("WAX-2", updated.sku());
    }

    @Test
    void aProductTitleChangeRenamesTheLinesItsVariantsAreKnownBy() {
        ShopId shop = newShop(ports().shops(), "EUR");
        importing(shop, variant("ankle-boot", "Ankle Boot", "AB-40", "112.00", "40"));

        importing(shop, variant("ankle-boot", "Rieker Ankle Boot", "AB-40", "112.00", "40"));

        Variant variant = ports().allVariants(shop).getFirst();
        assertEquals("Rieker Ankle Boot", variant.productTitle());
        assertEquals("Rieker Ankle Boot - 40", variant.lineName());
    }

    @Test
    void aVariantListedTwiceInOneUploadIsRefusedAtItsSecondListingAndNothingIsImported() {
        ShopId shop = newShop(ports().shops(), "EUR");

        List<ImportProblem> problems = Staged.problems(ports(), shop, UploadFormat.SHOPIFY_PRODUCTS, List.of(
                new VariantRow(new SourceRow(0, 2), variant("ski-wax", "Ski Wax", "WAX", "9.90")),
                new VariantRow(new SourceRow(0, 3), variant("boot-bag", "Boot Bag", "BAG", "25.00")),
                new VariantRow(new SourceRow(0, 4), variant("ski-wax", "Ski Wax", "WAX", "12.00"))));

        assertEquals(List.of("products_export.csv:4:1:Handle"), problems.stream()
                .map(p -> p.file() + ":" + p.line() + ":" + p.column() + ":" + p.columnName()).toList());
        assertTrue(ports().allVariants(shop).isEmpty());
    }

    @Test
    void aCatalogLongerThanOneBatchIsImportedWhole() {
        ShopId shop = newShop(ports().shops(), "EUR");

        CatalogImported first = Staged.catalogue(ports(), shop, manyVariants(2_500));
        CatalogImported second = Staged.catalogue(ports(), shop, manyVariants(2_500));

        assertEquals(new CatalogImported(2_500, 2_500, 2_500, 0), first);
        assertEquals(new CatalogImported(2_500, 0, 0, 2_500), second);
        assertEquals(2_500, ports().allVariants(shop).size());
    }

    @Test
    void variantsLeaveOutIdsTheShopDoesNotHave() {
        ShopId shop = newShop(ports().shops(), "EUR");
        importing(shop, variant("ski-wax", "Ski Wax", "WAX", "9.90"));
        long id = ports().allVariants(shop).getFirst().id();

        List<Variant> found = ports().catalog().variants(shop, List.of(id, id + 1_000_000, -1L));

        assertEquals(List.of(id), found.stream().map(Variant::id).toList());
        assertTrue(ports().catalog().variants(shop, List.of()).isEmpty());
    }

    @Test
    void variantsWithSkusFindsEveryVariantSharingASkuInTheShopOnly() {
        ShopId shop = newShop(ports().shops(), "EUR");
        ShopId other = newShop(ports().shops(), "EUR");
        importing(shop, variant("ankle-boot", "Ankle Boot", "AB", "112.00", "40"),
                variant("ankle-boot", "Ankle Boot", "AB", "112.00", "41"),
                variant("ski-wax", "Ski Wax", "WAX", "9.90"));
        importing(other, variant("ankle-boot", "Ankle Boot", "AB", "112.00", "42"));

        List<Variant> found = ports().catalog().variantsWithSkus(shop, List.of("AB", "NONE"));

        assertEquals(List.of(List.of("40"), List.of("41")),
                found.stream().map(Variant::optionValues).sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertTrue(ports().catalog().variantsWithSkus(shop, List.of()).isEmpty());
    }

    @Test
    void hasAProductByItsHandleAndAVariantByAKeyThatNamesExactlyOne() {
        ShopId shop = newShop(ports().shops(), "EUR");
        ShopId other = newShop(ports().shops(), "EUR");
        Product boot = product("ankle-boot", "Ankle Boot");
        importing(shop,
                variant(boot, List.of("40"), "AB", 7_000_040L, "112.00", Stock.tracked(0)),
                variant(boot, List.of("41"), "AB", null, "112.00", Stock.tracked(2)),
                variant(product("ski-wax", "Ski Wax").withStatus(ProductStatus.ARCHIVED), List.of(), "WAX", null, "9.90",
                        Stock.tracked(2)));
        importing(other, variant(product("boot-bag", "Boot Bag"), List.of(), "BAG", 7_000_099L, "25.00", Stock.tracked(2)));
        long waxId = ports().catalog().variantsWithSkus(shop, List.of("WAX")).getFirst().id();

        assertTrue(ports().catalog().has(shop, new ProductReference.OfProduct("ankle-boot")));
        assertTrue(ports().catalog().has(shop, variantBy(new VariantKey.ByShopifyVariantId(7_000_040L))), "out of stock");
        assertTrue(ports().catalog().has(shop, variantBy(new VariantKey.BySku("WAX"))), "archived");
        assertTrue(ports().catalog().has(shop, variantBy(new VariantKey.ById(waxId))));
        assertFalse(ports().catalog().has(shop, variantBy(new VariantKey.BySku("AB"))), "a SKU two variants share names neither");
        assertFalse(ports().catalog().has(shop, new ProductReference.OfProduct("snowboard")));
        assertFalse(ports().catalog().has(shop, variantBy(new VariantKey.ById(waxId + 1_000_000))));
        assertFalse(ports().catalog().has(shop, new ProductReference.OfProduct("boot-bag")), "another shop's product");
        assertFalse(ports().catalog().has(shop, variantBy(new VariantKey.ByShopifyVariantId(7_000_099L))), "another shop's variant");
    }

    private static ProductReference variantBy(VariantKey key) {
        return new ProductReference.OfVariant(key);
    }

    @Test
    void queriesNeverSeeAnotherShopsRows() {
        ShopId montreal = newShop(ports().shops(), "CAD");
        ShopId berlin = newShop(ports().shops(), "EUR");
        VariantRecord wax = variant("ski-wax", "Ski Wax", "WAX", "9.90");
        importing(montreal, wax);

        CatalogImported berlinImport = importing(berlin, wax);

        assertEquals(new CatalogImported(1, 1, 1, 0), berlinImport);
        Variant inMontreal = ports().allVariants(montreal).getFirst();
        Variant inBerlin = ports().allVariants(berlin).getFirst();
        assertTrue(inMontreal.id() != inBerlin.id());
        assertEquals("CAD", inMontreal.price().currency().getCurrencyCode());
        assertEquals("EUR", inBerlin.price().currency().getCurrencyCode());
        assertTrue(ports().catalog().variants(berlin, List.of(inMontreal.id())).isEmpty());
    }
}
