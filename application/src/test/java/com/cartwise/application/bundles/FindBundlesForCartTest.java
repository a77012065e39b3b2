package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.cart.CartBundle;
import com.cartwise.application.bundles.cart.FindBundlesForCart;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The till asks for the active bundles that hold something of its cart. */
class FindBundlesForCartTest {
    private static final ShopId SHOP = GearShop.ID;

    /** The gear shop with its FBT bundles of two variants live. */
    private static InMemoryCartwise withLivePairs() {
        InMemoryCartwise cartwise = GearShop.imported();
        GearShop.withLivePairs(cartwise);
        return cartwise;
    }

    private static long id(InMemoryCartwise cartwise, String sku) {
        return cartwise.catalog.all(SHOP).stream().filter(v -> v.sku().equals(sku)).mapToLong(Variant::id).findFirst().orElseThrow();
    }

    private static List<CartBundle> ask(InMemoryCartwise cartwise, int limit, VariantKey... cart) {
        return assertInstanceOf(FindBundlesForCart.Result.Found.class,
                cartwise.findBundlesForCart.execute(new FindBundlesForCart.Command(SHOP, List.of(cart), limit))).bundles();
    }

    @Test
    void aCartItemInLiveBundlesGetsThemWithWhatToAddBestRankedFirst() {
        InMemoryCartwise cartwise = withLivePairs();
        long skis = id(cartwise, "SKI-RACE");

        List<CartBundle> offered = ask(cartwise, 20, new VariantKey.BySku("SKI-RACE"));

        List<CartBundle> expected = cartwise.activeBundles.active(SHOP).stream().filter(b -> b.candidate().variantIds().contains(skis))
                .map(b -> new CartBundle(b, List.of(skis), b.candidate().variantIds().stream().filter(id -> id != skis).toList())).toList();
        assertTrue(!expected.isEmpty(), "race skis are in a live pair");
        assertEquals(expected, offered);
    }

    @Test
    void bundlesHoldingMoreOfTheCartComeFirstWhicheverKeyNamesTheItem() {
        InMemoryCartwise cartwise = withLivePairs();
        long skis = id(cartwise, "SKI-RACE");
        long bindings = id(cartwise, "BIND-PRO");

        List<CartBundle> offered = ask(cartwise, 3, new VariantKey.ById(bindings), new VariantKey.BySku("SKI-RACE"));

        assertEquals(List.of(skis, bindings).stream().sorted().toList(), offered.getFirst().inCart().stream().sorted().toList());
        assertEquals(List.of(), offered.getFirst().toAdd());
        assertTrue(offered.size() <= 3);
        for (int i = 1; i < offered.size(); i++) {
            assertTrue(offered.get(i).inCart().size() <= offered.get(i - 1).inCart().size(), "most of the cart first");
        }
    }

    @Test
    void aBundleTakenOffIsNoLongerOffered() {
        InMemoryCartwise cartwise = withLivePairs();
        List<CartBundle> before = ask(cartwise, 20, new VariantKey.BySku("SKI-RACE"));

        cartwise.deactivateBundle.execute(SHOP, before.getFirst().bundle().key());

        assertEquals(before.subList(1, before.size()), ask(cartwise, 20, new VariantKey.BySku("SKI-RACE")));
    }

    @Test
    void aLiveBundleWhoseItemsPricesChangedSinceIsNoLongerOffered() {
        InMemoryCartwise cartwise = withLivePairs();
        long wax = id(cartwise, "WAX-HOT");
        List<CartBundle> before = ask(cartwise, 20, new VariantKey.BySku("SKI-RACE"));
        assertTrue(before.stream().anyMatch(b -> b.bundle().candidate().variantIds().contains(wax)), "a live pair holds the hot wax");

        cartwise.importCatalog.execute(SHOP, GearShop.catalogueWithHotWaxAt("20.00").iterator());
        // as the next refresh would read them again
        cartwise.servingBundles.evict(SHOP);

        assertEquals(before.stream().filter(b -> !b.bundle().candidate().variantIds().contains(wax)).toList(),
                ask(cartwise, 20, new VariantKey.BySku("SKI-RACE")));
    }

    @Test
    void aCartOfUnknownItemsGetsNoBundleAndAnUnknownShopIsNotFound() {
        InMemoryCartwise cartwise = withLivePairs();
        ShopId noShop = ShopId.of("no-shop");

        assertEquals(List.of(), ask(cartwise, 5, new VariantKey.BySku("NOT-SOLD-HERE"), new VariantKey.ByShopifyVariantId(99)));
        assertEquals(new FindBundlesForCart.Result.ShopNotFound(noShop), cartwise.findBundlesForCart.execute(
                new FindBundlesForCart.Command(noShop, List.of(new VariantKey.BySku("SKI-RACE")), 5)));
        assertEquals(Optional.empty(), cartwise.findBundlesForCart.executeIfServed(
                new FindBundlesForCart.Command(noShop, List.of(new VariantKey.BySku("SKI-RACE")), 5)), "made-up shops are not kept");
    }
}
