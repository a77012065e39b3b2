package com.cartwise.application.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.active.ActivateBundle;
import com.cartwise.application.bundles.active.DeactivateBundle;
import com.cartwise.application.bundles.active.ExportActiveBundles;
import com.cartwise.application.bundles.active.ListActiveBundles;
import com.cartwise.application.bundles.review.ApprovalCheck;
import com.cartwise.application.bundles.review.FindBundleRecommendation;
import com.cartwise.application.bundles.review.GivenAwayItems;
import com.cartwise.application.bundles.review.ListBundleRecommendations;
import com.cartwise.application.bundles.review.ReviewBundle;
import com.cartwise.application.fakes.InMemoryCartwise;
import com.cartwise.application.fakes.SeedImports;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.catalog.Variant;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The merchant reviews proposed bundles, makes approved ones live, takes them off, and exports them. */
class ReviewAndActivateTest {
    private static final ShopId SHOP = GearShop.ID;

    private static InMemoryCartwise generated() {
        InMemoryCartwise cartwise = GearShop.imported();
        Generations.generate(cartwise, SHOP);
        return cartwise;
    }

    /** The gear shop with both waxes as a transaction file without prices adds them (priced 0), its bundles generated. */
    private static InMemoryCartwise generatedWithUnpricedWax() {
        return generatedFrom(GearShop.catalogueWithoutWax(), cartwise -> cartwise.importTransactions);
    }

    /** The gear shop with both waxes priced 0.00 by the merchant (free gifts), its bundles generated. */
    private static InMemoryCartwise generatedWithFreeWax() {
        return generatedFrom(GearShop.catalogueWithFreeWax(), cartwise -> cartwise.importOrders);
    }

    /** The gear shop from this catalogue and its orders imported as {@code orders} imports them, its bundles generated. */
    private static InMemoryCartwise generatedFrom(List<VariantRecord> catalogue, Function<InMemoryCartwise, SeedImports.Orders> orders) {
        InMemoryCartwise cartwise = new InMemoryCartwise(GearShop.CLOCK);
        cartwise.createShop.execute(GearShop.shop());
        cartwise.importCatalog.execute(SHOP, catalogue.iterator());
        orders.apply(cartwise).execute(SHOP, GearShop.orders().iterator());
        Generations.generate(cartwise, SHOP);
        return cartwise;
    }

    private static BundleKey first(InMemoryCartwise cartwise) {
        return Generations.all(cartwise, SHOP).getFirst().key();
    }

    private static ReviewBundle.Result review(InMemoryCartwise cartwise, BundleKey key, ReviewStatus decision, String note) {
        return cartwise.reviewBundle.execute(new ReviewBundle.Command(SHOP, key, decision, Optional.ofNullable(note)));
    }

    @Test
    void theListIsBestFirstFilteredAndPagedWithoutSkippingOrRepeating() {
        InMemoryCartwise cartwise = generated();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);

        List<BundleRecommendation> paged = new java.util.ArrayList<>();
        Optional<RecommendationQuery.After> after = Optional.empty();
        do {
            var page = (ListBundleRecommendations.Result.Listed) cartwise.listBundleRecommendations.execute(new RecommendationQuery(SHOP,
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), 7, after));
            paged.addAll(page.recommendations());
            after = page.recommendations().size() == 7 ? Optional.of(RecommendationQuery.After.of(page.recommendations().getLast()))
                    : Optional.empty();
            after = after.map(a -> RecommendationQuery.After.parse(a.text()));
        } while (after.isPresent());

        assertEquals(all, paged);
        var volumes = (ListBundleRecommendations.Result.Listed) cartwise.listBundleRecommendations.execute(new RecommendationQuery(SHOP,
                Optional.empty(), Optional.of(BundleType.VOLUME), Optional.empty(), OptionalInt.of(6), Optional.empty(), 100,
                Optional.empty()));
        assertEquals(all.stream().filter(r -> r.candidate().type() == BundleType.VOLUME && r.wave() == 6).toList(), volumes.recommendations());
        assertTrue(volumes.variants().values().stream().map(Variant::sku).allMatch(sku -> !sku.isEmpty()), "items are named");
    }

    @Test
    void theListCanHoldOnlyTheBundlesAnApprovalWouldAcceptOrOnlyThoseItWouldRefuseAPageAtATime() {
        InMemoryCartwise cartwise = generatedWithUnpricedWax();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        List<BundleRecommendation> withWax = all.stream().filter(r -> names(cartwise, r).stream().anyMatch(sku -> sku.startsWith("WAX-")))
                .toList();

        List<BundleRecommendation> approvable = listedAPageAtATime(cartwise, true, 2);
        List<BundleRecommendation> refused = listedAPageAtATime(cartwise, false, 2);

        assertFalse(withWax.isEmpty());
        assertTrue(withWax.size() < all.size(), "some bundles have no wax");
        assertEquals(withWax, refused, "the wax came without a price");
        assertEquals(all.stream().filter(r -> !withWax.contains(r)).toList(), approvable);
    }

    private static List<BundleRecommendation> listedAPageAtATime(InMemoryCartwise cartwise, boolean approvable, int limit) {
        List<BundleRecommendation> listed = new java.util.ArrayList<>();
        Optional<RecommendationQuery.After> after = Optional.empty();
        do {
            var page = (ListBundleRecommendations.Result.Listed) cartwise.listBundleRecommendations.execute(new RecommendationQuery(SHOP,
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), limit, after),
                    Optional.of(approvable));
            assertTrue(page.recommendations().size() <= limit);
            for (BundleRecommendation r : page.recommendations()) {
                assertTrue(r.candidate().variantIds().stream().allMatch(page.variants()::containsKey), "each item is named");
            }
            listed.addAll(page.recommendations());
            after = page.recommendations().size() == limit ? Optional.of(RecommendationQuery.After.of(page.recommendations().getLast()))
                    : Optional.empty();
        } while (after.isPresent());
        return listed;
    }

    @Test
    void aBundleWithItemsThatCameWithoutPricesIsNotApprovedSinceItWouldGiveThemAway() {
        InMemoryCartwise cartwise = generatedWithUnpricedWax();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        // Hot and cold wax, bought together in every tenth order, both priced 0.
        BundleRecommendation waxes = bothWaxes(cartwise, all);
        // Race skis, pro bindings and hot wax, bought together in three orders of ten: a set listed from its two cheapest, the wax at 0.
        BundleRecommendation withWax = skisBindingsAndWax(cartwise, all);
        BundleRecommendation priced = withoutWax(cartwise, all);

        var refused = assertInstanceOf(ReviewBundle.Result.Unpriced.class, review(cartwise, waxes.key(), ReviewStatus.APPROVED, null));

        assertTrue(waxes.price().unpriced());
        assertEquals(List.of("WAX-HOT", "WAX-COLD"), refused.givenAway().stream().map(Variant::sku).toList());
        var unchanged = (FindBundleRecommendation.Result.Found) cartwise.findBundleRecommendation.execute(SHOP, waxes.key());
        assertEquals(ReviewStatus.PROPOSED, unchanged.recommendation().review().status());
        assertInstanceOf(ActivateBundle.Result.NotApproved.class, cartwise.activateBundle.execute(SHOP, waxes.key()));
        assertInstanceOf(ReviewBundle.Result.Reviewed.class, review(cartwise, waxes.key(), ReviewStatus.REJECTED, "no prices yet"));
        assertFalse(withWax.price().unpriced());
        var givesTheWaxAway = assertInstanceOf(ReviewBundle.Result.Unpriced.class, review(cartwise, withWax.key(), ReviewStatus.APPROVED,
                null));
        assertEquals(List.of("WAX-HOT"), givesTheWaxAway.givenAway().stream().map(Variant::sku).toList());
        assertInstanceOf(ReviewBundle.Result.Reviewed.class, review(cartwise, priced.key(), ReviewStatus.APPROVED, null));
    }

    @Test
    void aBundlePricedAtZeroIsGivenAwayEvenWhenTheCatalogueHasLostItsItemsAndAPricedOneIsNot() {
        InMemoryCartwise cartwise = generatedWithUnpricedWax();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        BundleRecommendation waxes = all.stream().filter(r -> r.price().unpriced()).findFirst().orElseThrow();
        BundleRecommendation priced = withoutWax(cartwise, all);
        var found = (FindBundleRecommendation.Result.Found) cartwise.findBundleRecommendation.execute(SHOP, priced.key());

        assertEquals(Optional.of(List.of()), GivenAwayItems.of(waxes, java.util.Map.of()));
        assertEquals(Optional.empty(), GivenAwayItems.of(priced, found.variants()));
        assertEquals(Optional.empty(), GivenAwayItems.of(priced, java.util.Map.of()));
    }

    @Test
    void aFreeGiftTheMerchantPricesAtZeroDoesNotKeepItsBundlesFromApproval() {
        InMemoryCartwise cartwise = generatedWithFreeWax();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        BundleRecommendation waxes = bothWaxes(cartwise, all);
        BundleRecommendation withWax = skisBindingsAndWax(cartwise, all);

        // Two free gifts priced at 0 as a whole give nothing away the merchant did not.
        assertTrue(waxes.price().unpriced());
        assertInstanceOf(ReviewBundle.Result.Reviewed.class, review(cartwise, waxes.key(), ReviewStatus.APPROVED, null));
        assertInstanceOf(ReviewBundle.Result.Reviewed.class, review(cartwise, withWax.key(), ReviewStatus.APPROVED, null));
        assertInstanceOf(ActivateBundle.Result.Activated.class, cartwise.activateBundle.execute(SHOP, withWax.key()));
    }

    @Test
    void aBundlePricedOnPricesTheCatalogueNoLongerHasIsNotApprovedUntilGeneratedAgain() {
        InMemoryCartwise cartwise = generated();
        BundleRecommendation withWax = skisBindingsAndWax(cartwise, Generations.all(cartwise, SHOP));
        // a mix-and-match set, listed from its two cheapest: priced on 180.00 + 18.00; then a products export raises the wax to 20.00
        cartwise.importCatalog.execute(SHOP, GearShop.catalogueWithHotWaxAt("20.00").iterator());

        var refused = assertInstanceOf(ReviewBundle.Result.PricesChanged.class,
                review(cartwise, withWax.key(), ReviewStatus.APPROVED, null));

        assertEquals(new ApprovalCheck.Refusal.PricesChanged(new BigDecimal("198.00"), new BigDecimal("200.00")), refused.prices());
        var unchanged = (FindBundleRecommendation.Result.Found) cartwise.findBundleRecommendation.execute(SHOP, withWax.key());
        assertEquals(ReviewStatus.PROPOSED, unchanged.recommendation().review().status());
        // generated again, the proposal is priced on today's prices and may be approved
        Generations.generate(cartwise, SHOP);
        BundleRecommendation repriced = skisBindingsAndWax(cartwise, Generations.all(cartwise, SHOP));
        assertEquals(new BigDecimal("200.00"), repriced.price().listPrice());
        assertInstanceOf(ReviewBundle.Result.Reviewed.class, review(cartwise, repriced.key(), ReviewStatus.APPROVED, null));
    }

    /** Hot and cold wax as a pair. */
    private static BundleRecommendation bothWaxes(InMemoryCartwise cartwise, List<BundleRecommendation> all) {
        return all.stream().filter(r -> r.candidate().type() == BundleType.FBT && r.candidate().variantIds().size() == 2
                && names(cartwise, r).equals(List.of("WAX-HOT", "WAX-COLD"))).findFirst().orElseThrow();
    }

    private static BundleRecommendation skisBindingsAndWax(InMemoryCartwise cartwise, List<BundleRecommendation> all) {
        return all.stream().filter(r -> names(cartwise, r).equals(List.of("SKI-RACE", "BIND-PRO", "WAX-HOT"))).findFirst().orElseThrow();
    }

    /** The first bundle with no wax in it: every item priced. */
    private static BundleRecommendation withoutWax(InMemoryCartwise cartwise, List<BundleRecommendation> all) {
        return all.stream().filter(r -> names(cartwise, r).stream().noneMatch(sku -> sku.startsWith("WAX-"))).findFirst().orElseThrow();
    }

    private static List<String> names(InMemoryCartwise cartwise, BundleRecommendation r) {
        var found = (FindBundleRecommendation.Result.Found) cartwise.findBundleRecommendation.execute(SHOP, r.key());
        return r.candidate().variantIds().stream().map(id -> found.variants().get(id).sku()).toList();
    }

    @Test
    void anApprovedBundleGoesLiveAsItWasApprovedAndComesOffAgain() {
        InMemoryCartwise cartwise = generated();
        BundleKey key = first(cartwise);

        var reviewed = assertInstanceOf(ReviewBundle.Result.Reviewed.class, review(cartwise, key, ReviewStatus.APPROVED, "  for the winter page  "));
        var activated = assertInstanceOf(ActivateBundle.Result.Activated.class, cartwise.activateBundle.execute(SHOP, key));
        var again = assertInstanceOf(ActivateBundle.Result.Activated.class, cartwise.activateBundle.execute(SHOP, key));
        var deactivated = assertInstanceOf(DeactivateBundle.Result.Deactivated.class, cartwise.deactivateBundle.execute(SHOP, key));

        assertEquals(new Review(ReviewStatus.APPROVED, Optional.of("for the winter page"), Optional.of(GearShop.NOW)),
                reviewed.recommendation().review());
        assertTrue(activated.created());
        assertEquals(reviewed.recommendation().proposal(), activated.bundle().proposal());
        assertEquals(GearShop.NOW, activated.bundle().activatedAt());
        assertFalse(again.created(), "activating an active bundle changes nothing");
        assertEquals(ActiveStatus.INACTIVE, deactivated.bundle().status());
        assertEquals(Optional.of(GearShop.NOW), deactivated.bundle().deactivatedAt());
        var listed = (ListActiveBundles.Result.Listed) cartwise.listActiveBundles.execute(new ActiveBundleQuery(SHOP,
                Optional.of(ActiveStatus.INACTIVE), 10, Optional.empty()));
        assertEquals(List.of(deactivated.bundle()), listed.bundles());
    }

    @Test
    void onlyAnApprovedBundleGoesLive() {
        InMemoryCartwise cartwise = generated();
        BundleKey key = first(cartwise);

        assertInstanceOf(ActivateBundle.Result.NotApproved.class, cartwise.activateBundle.execute(SHOP, key));
        review(cartwise, key, ReviewStatus.REJECTED, "too dear");
        var refused = assertInstanceOf(ActivateBundle.Result.NotApproved.class, cartwise.activateBundle.execute(SHOP, key));

        assertEquals(ReviewStatus.REJECTED, refused.recommendation().review().status());
        assertEquals(List.of(), cartwise.activeBundles.active(SHOP));
    }

    @Test
    void unknownBundlesAndShopsAreNotFound() {
        InMemoryCartwise cartwise = generated();
        BundleKey unknown = new BundleKey("00000000000000000000000000000000");
        ShopId noShop = ShopId.of("no-shop");

        assertEquals(new ReviewBundle.Result.NotFound(SHOP, unknown), review(cartwise, unknown, ReviewStatus.APPROVED, null));
        assertEquals(new ActivateBundle.Result.NotFound(SHOP, unknown), cartwise.activateBundle.execute(SHOP, unknown));
        assertEquals(new DeactivateBundle.Result.NotFound(SHOP, unknown), cartwise.deactivateBundle.execute(SHOP, unknown));
        assertEquals(new FindBundleRecommendation.Result.NotFound(SHOP, unknown), cartwise.findBundleRecommendation.execute(SHOP, unknown));
        assertEquals(new ActivateBundle.Result.ShopNotFound(noShop), cartwise.activateBundle.execute(noShop, unknown));
        assertEquals(new ExportActiveBundles.Result.ShopNotFound(noShop), cartwise.exportActiveBundles.execute(noShop));
    }

    @Test
    void aNoteTooLongOrADecisionThatIsNoneIsRefusedNamingTheField() {
        assertEquals("note", assertThrows(InvalidInputException.class, () -> new ReviewBundle.Command(SHOP,
                new BundleKey("00000000000000000000000000000000"), ReviewStatus.REJECTED, Optional.of("x".repeat(1001)))).field());
        assertEquals("decision", assertThrows(InvalidInputException.class, () -> new ReviewBundle.Command(SHOP,
                new BundleKey("00000000000000000000000000000000"), ReviewStatus.PROPOSED, Optional.empty())).field());
    }

    @Test
    void theExportHoldsTheActiveBundlesWithTheirProductsAsTheCatalogueHasThemNow() {
        InMemoryCartwise cartwise = generated();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        for (BundleRecommendation r : all.subList(0, 3)) {
            review(cartwise, r.key(), ReviewStatus.APPROVED, null);
            cartwise.activateBundle.execute(SHOP, r.key());
        }
        cartwise.deactivateBundle.execute(SHOP, all.get(1).key());

        var exported = assertInstanceOf(ExportActiveBundles.Result.Exported.class, cartwise.exportActiveBundles.execute(SHOP));

        assertEquals(List.of(all.get(0).key(), all.get(2).key()), exported.bundles().stream().map(b -> b.bundle().key()).toList());
        for (ExportActiveBundles.ExportedBundle b : exported.bundles()) {
            assertEquals(b.bundle().candidate().variantIds(), b.items().stream().map(Variant::id).toList());
            assertTrue(b.available());
            assertTrue(b.pricesCurrent());
        }
        assertEquals(Instant.class, exported.bundles().getFirst().bundle().activatedAt().getClass());
    }

    @Test
    void aLiveBundleWhoseItemsPricesChangedSinceIsExportedAsNoLongerCurrent() {
        InMemoryCartwise cartwise = generated();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        BundleRecommendation withWax = skisBindingsAndWax(cartwise, all);
        BundleRecommendation withoutWax = withoutWax(cartwise, all);
        for (BundleRecommendation r : List.of(withWax, withoutWax)) {
            review(cartwise, r.key(), ReviewStatus.APPROVED, null);
            cartwise.activateBundle.execute(SHOP, r.key());
        }

        cartwise.importCatalog.execute(SHOP, GearShop.catalogueWithHotWaxAt("20.00").iterator());

        var exported = assertInstanceOf(ExportActiveBundles.Result.Exported.class, cartwise.exportActiveBundles.execute(SHOP));
        assertEquals(java.util.Map.of(withWax.key(), false, withoutWax.key(), true), exported.bundles().stream()
                .collect(java.util.stream.Collectors.toMap(b -> b.bundle().key(), ExportActiveBundles.ExportedBundle::pricesCurrent)));
        assertTrue(exported.bundles().stream().allMatch(ExportActiveBundles.ExportedBundle::available), "still sellable");
    }

    @Test
    void anApprovalOfPricesTheCatalogueNoLongerHasDoesNotGoLiveAndIsProposedAnewByTheNextGeneration() {
        InMemoryCartwise cartwise = generated();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        BundleKey withWax = skisBindingsAndWax(cartwise, all).key();
        BundleKey withoutWax = withoutWax(cartwise, all).key();
        review(cartwise, withWax, ReviewStatus.APPROVED, "for the race weekend");
        review(cartwise, withoutWax, ReviewStatus.APPROVED, "keep");
        // approved on 180.00 + 18.00; then a products export raises the hot wax to 20.00
        cartwise.importCatalog.execute(SHOP, GearShop.catalogueWithHotWaxAt("20.00").iterator());

        var refused = assertInstanceOf(ActivateBundle.Result.PricesChanged.class, cartwise.activateBundle.execute(SHOP, withWax));
        var generation = Generations.generate(cartwise, SHOP);

        assertFalse(refused.live());
        assertEquals(new ApprovalCheck.Refusal.PricesChanged(new BigDecimal("198.00"), new BigDecimal("200.00")), refused.prices());
        var report = assertInstanceOf(com.cartwise.application.bundles.generation.BundleGenerationReport.class,
                generation.report().orElseThrow());
        assertEquals(1, report.approvalsProposedAnew());
        assertTrue(generation.progress().message().endsWith("; 1 bundle you approved is proposed anew: their items' prices changed since"),
                generation.progress().message());
        assertEquals(List.of(), cartwise.activeBundles.active(SHOP));
        BundleRecommendation proposedAnew = found(cartwise, withWax);
        assertEquals(Review.PROPOSED, proposedAnew.review(), "the approval and its note were of the old prices");
        assertEquals(new BigDecimal("200.00"), proposedAnew.price().listPrice());
        assertEquals(new Review(ReviewStatus.APPROVED, Optional.of("keep"), Optional.of(GearShop.NOW)), found(cartwise, withoutWax).review(),
                "an approval whose prices stand stays");
        review(cartwise, withWax, ReviewStatus.APPROVED, null);
        var live = assertInstanceOf(ActivateBundle.Result.Activated.class, cartwise.activateBundle.execute(SHOP, withWax));
        assertEquals(proposedAnew.proposal(), live.bundle().proposal());
    }

    @Test
    void aLiveBundleApprovedAgainAtItsNewPriceReplacesTheLiveOneAndARejectionStandsWhateverThePrices() {
        InMemoryCartwise cartwise = generated();
        List<BundleRecommendation> all = Generations.all(cartwise, SHOP);
        BundleKey withWax = skisBindingsAndWax(cartwise, all).key();
        BundleKey waxes = bothWaxes(cartwise, all).key();
        review(cartwise, withWax, ReviewStatus.APPROVED, null);
        cartwise.activateBundle.execute(SHOP, withWax);
        review(cartwise, waxes, ReviewStatus.REJECTED, "no wax pairs");
        cartwise.importCatalog.execute(SHOP, GearShop.catalogueWithHotWaxAt("20.00").iterator());

        var stillLive = assertInstanceOf(ActivateBundle.Result.PricesChanged.class, cartwise.activateBundle.execute(SHOP, withWax));
        Generations.generate(cartwise, SHOP);
        BundleRecommendation proposedAnew = found(cartwise, withWax);
        review(cartwise, withWax, ReviewStatus.APPROVED, null);
        var replaced = assertInstanceOf(ActivateBundle.Result.Activated.class, cartwise.activateBundle.execute(SHOP, withWax));
        var again = assertInstanceOf(ActivateBundle.Result.Activated.class, cartwise.activateBundle.execute(SHOP, withWax));

        assertTrue(stillLive.live(), "live as approved then, not offered at the till");
        assertTrue(replaced.created(), "the live copy was of the old prices");
        assertEquals(new BigDecimal("200.00"), replaced.bundle().price().listPrice());
        assertEquals(proposedAnew.proposal(), cartwise.activeBundles.active(SHOP).getFirst().proposal());
        assertFalse(again.created());
        var exported = assertInstanceOf(ExportActiveBundles.Result.Exported.class, cartwise.exportActiveBundles.execute(SHOP));
        assertTrue(exported.bundles().getFirst().pricesCurrent());
        assertEquals(ReviewStatus.REJECTED, found(cartwise, waxes).review().status());
    }

    private static BundleRecommendation found(InMemoryCartwise cartwise, BundleKey key) {
        return ((FindBundleRecommendation.Result.Found) cartwise.findBundleRecommendation.execute(SHOP, key)).recommendation();
    }
}
