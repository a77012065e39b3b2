package com.cartwise.persistence.catalog;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.product;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static com.cartwise.persistence.testing.Fixtures.withShopifyId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.Staged.CatalogImported;
import com.cartwise.domain.catalog.Product;
import com.cartwise.domain.catalog.Stock;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.PostgresPorts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's catalogue: the contract, plus what only it does. The in-memory fake keys variants
 * by handle and option values alone; the real one also knows them by Shopify variant id, so
 * exports and Admin API imports converge on one variant.
 */
class JdbcCatalogTest extends CatalogContract {
    private final PostgresPorts ports = PostgresPorts.shared();

    @Override
    protected Ports ports() {
        return ports;
    }

    private CatalogImported importing(ShopId shop, VariantRecord... records) {
        return Staged.catalogue(ports, shop, List.of(records).iterator());
    }

    @Test
    void aVariantFoundByItsShopifyIdKeepsItsIdWhenItsOptionIsRenamed() {
        ShopId shop = newShop(ports.shops(), "EUR");
        importing(shop, withShopifyId(variant("ankle-boot", "Ankle Boot", "AB-40", "112.00", "40", "Red"), 501));
        long id = ports.allVariants(shop).getFirst().id();

        CatalogImported renamed = importing(shop,
                withShopifyId(variant("ankle-boot", "Ankle Boot", "AB-40", "112.00", "40", "Crimson"), 501));

        assertEquals(new CatalogImported(1, 0, 0, 1), renamed);
        List<Variant> variants = ports.allVariants(shop);
        assertEquals(1, variants.size());
        assertEquals(id, variants.getFirst().id());
        assertEquals(List.of("40", "Crimson"), variants.getFirst().optionValues());
        assertEquals("Ankle Boot - 40 / Crimson", variants.getFirst().lineName());
    }

    @Test
    void anExportWithoutShopifyIdsKeepsTheOnesTheAdminApiGave() {
        ShopId shop = newShop(ports.shops(), "EUR");
        VariantRecord exported = variant("ski-wax", "Ski Wax", "WAX", "9.90");
        importing(shop, withShopifyId(exported, 777));

        importing(shop, exported);

        assertEquals(777L, ports.allVariants(shop).getFirst().shopifyVariantId());
    }

    @Test
    void aShopifyIdMovesToTheVariantWhoseHandleAndOptionsTheRecordCarries() {
        ShopId shop = newShop(ports.shops(), "EUR");
        Product boot = product("ankle-boot", "Ankle Boot");
        // The API knew the variant as "Red"; then an export brought "Crimson" as a new variant (its own SKU:
        // a SKU the two shared would make Crimson the same variant as Red).
        importing(shop, variant(boot, List.of("Red"), "AB-RED", 501L, "112.00", Stock.tracked(1)));
        importing(shop, variant(boot, List.of("Crimson"), "AB-CRIMSON", null, "112.00", Stock.tracked(1)));

        CatalogImported summary = importing(shop,
                variant(boot, List.of("Crimson"), "AB-CRIMSON", 501L, "112.00", Stock.tracked(1)));

        assertEquals(new CatalogImported(1, 0, 0, 1), summary);
        List<Variant> variants = ports.allVariants(shop);
        assertEquals(List.of("Red"), variants.get(0).optionValues());
        assertEquals(null, variants.get(0).shopifyVariantId());
        assertEquals(List.of("Crimson"), variants.get(1).optionValues());
        assertEquals(501L, variants.get(1).shopifyVariantId());
    }

    @Test
    void aVariantWhoseHandleChangedIsFoundByItsSkuAndKeepsItsId() {
        ShopId shop = newShop(ports.shops(), "EUR");
        importing(shop, variant(product("ankle-boot", "Ankle Boot"), List.of("40"), "AB-40", null, "112.00", Stock.tracked(1)));
        long id = ports.allVariants(shop).getFirst().id();

        // The Admin API names the product by its new handle, and gives the variant's Shopify id.
        CatalogImported moved = importing(shop,
                variant(product("ankle-boots", "Ankle Boot"), List.of("40"), "AB-40", 501L, "112.00", Stock.tracked(1)));

        assertEquals(new CatalogImported(1, 1, 0, 1), moved);
        List<Variant> variants = ports.allVariants(shop);
        assertEquals(1, variants.size());
        assertEquals(id, variants.getFirst().id());
        assertEquals("ankle-boots", variants.getFirst().handle());
        assertEquals(501L, variants.getFirst().shopifyVariantId());
    }

    @Test
    void aSkuThatSeveralVariantsShareFindsNone() {
        ShopId shop = newShop(ports.shops(), "EUR");
        Product boot = product("ankle-boot", "Ankle Boot");
        importing(shop,
                variant(boot, List.of("40"), "AB", null, "112.00", Stock.tracked(1)),
                variant(boot, List.of("41"), "AB", null, "112.00", Stock.tracked(1)));

        CatalogImported added = importing(shop,
                variant(product("ankle-boots", "Ankle Boot"), List.of("40"), "AB", null, "112.00", Stock.tracked(1)));

        assertEquals(new CatalogImported(1, 1, 1, 0), added);
        assertEquals(3, ports.allVariants(shop).size());
    }

    @Test
    void aSkuDoesNotJoinTwoVariantsThatShopifyKnowsAsTwo() {
        ShopId shop = newShop(ports.shops(), "EUR");
        importing(shop, variant(product("ankle-boot", "Ankle Boot"), List.of("40"), "AB-40", 501L, "112.00", Stock.tracked(1)));

        importing(shop, variant(product("other-boot", "Other Boot"), List.of("40"), "AB-40", 502L, "90.00", Stock.tracked(1)));

        assertEquals(List.of(501L, 502L), ports.allVariants(shop).stream().map(Variant::shopifyVariantId).toList());
    }

    @Test
    void shopifyIdsSwappedBetweenTwoVariantsInOneFileEndUpSwapped() {
        ShopId shop = newShop(ports.shops(), "EUR");
        Product boot = product("ankle-boot", "Ankle Boot");
        importing(shop,
                variant(boot, List.of("40"), "AB-40", 501L, "112.00", Stock.tracked(1)),
                variant(boot, List.of("41"), "AB-41", 502L, "112.00", Stock.tracked(1)));

        importing(shop,
                variant(boot, List.of("40"), "AB-40", 502L, "112.00", Stock.tracked(1)),
                variant(boot, List.of("41"), "AB-41", 501L, "112.00", Stock.tracked(1)));

        List<Variant> variants = ports.allVariants(shop);
        assertEquals(502L, variants.get(0).shopifyVariantId());
        assertEquals(501L, variants.get(1).shopifyVariantId());
    }

    @Test
    void aRowThatNamesAVariantByOptionsKeepsItWhenAnotherRowClaimsItsShopifyId() {
        ShopId shop = newShop(ports.shops(), "EUR");
        Product boot = product("ankle-boot", "Ankle Boot");
        importing(shop, variant(boot, List.of("Red"), "AB", 501L, "112.00", Stock.tracked(1)));
        long id = ports.allVariants(shop).getFirst().id();

        // The file lists two variants: Red by its options, and Crimson with the Shopify id Red had.
        CatalogImported summary = importing(shop,
                variant(boot, List.of("Red"), "AB", null, "90.00", Stock.tracked(1)),
                variant(boot, List.of("Crimson"), "AB", 501L, "95.00", Stock.tracked(1)));

        assertEquals(new CatalogImported(2, 0, 1, 1), summary);
        List<Variant> variants = ports.allVariants(shop);
        assertEquals(List.of(id, List.of("Red"), "90.00"),
                List.of(variants.get(0).id(), variants.get(0).optionValues(), variants.get(0).price().amountText()));
        assertEquals(null, variants.get(0).shopifyVariantId());
        assertEquals(List.of(List.of("Crimson"), 501L), List.of(variants.get(1).optionValues(), variants.get(1).shopifyVariantId()));
    }
}
