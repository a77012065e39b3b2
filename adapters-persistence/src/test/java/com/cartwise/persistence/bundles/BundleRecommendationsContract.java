package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.bundles.Review;
import com.cartwise.application.bundles.ReviewStatus;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Proposals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What every {@code BundleRecommendations} does, the in-memory one and PostgreSQL's alike. */
abstract class BundleRecommendationsContract {
    static final Instant PUBLISHED = Instant.parse("2024-04-01T08:00:05.123456Z");

    protected abstract Ports ports();

    static BundleRecommendation published(ProposedBundle proposal, JobId run, int wave) {
        return new BundleRecommendation(proposal, run, wave, PUBLISHED, Review.PROPOSED);
    }

    private List<BundleRecommendation> all(ShopId shop) {
        return ports().bundleRecommendations().list(RecommendationQuery.all(shop, RecommendationQuery.MAX_LIMIT));
    }

    @Test
    void everyKindOfBundleComesBackAsItWasPublished() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), shop);
        List<BundleRecommendation> wave = List.of(published(Proposals.fbt(11, 12, 1), run, 1), published(Proposals.volume(13, 2), run, 1),
                published(Proposals.bogo(14, 15, 3), run, 1), published(Proposals.mixAndMatch(16, 17, 18, 4), run, 2));

        ports().bundleRecommendations().publish(shop, wave);

        assertEquals(wave, all(shop));
        assertEquals(Optional.of(wave.get(2)), ports().bundleRecommendations().find(shop, wave.get(2).key()));
        assertTrue(ports().bundleRecommendations().any(shop));
    }

    @Test
    void aProposalFoundAgainIsReplacedButAReviewedOneStaysAsReviewed() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId first = Proposals.run(ports().jobs(), shop);
        JobId second = Proposals.run(ports().jobs(), shop);
        ports().bundleRecommendations().publish(shop, List.of(published(Proposals.fbt(1, 2, 1), first, 1),
                published(Proposals.bogo(3, 4, 2), first, 1)));
        BundleKey reviewed = Proposals.bogo(3, 4, 2).bundle().priced().ranked().candidate().key();
        Review rejected = Review.decided(ReviewStatus.REJECTED, Optional.of("not in spring"), PUBLISHED);
        ports().bundleRecommendations().review(shop, reviewed, rejected);

        ports().bundleRecommendations().publish(shop, List.of(published(Proposals.fbt(1, 2, 7), second, 3),
                published(Proposals.bogo(3, 4, 8), second, 3)));

        List<BundleRecommendation> stored = all(shop);
        assertEquals(List.of(published(Proposals.bogo(3, 4, 2), first, 1).withReview(rejected), published(Proposals.fbt(1, 2, 7), second, 3)),
                stored);
    }

    @Test
    void anApprovalStandsWhileItsItemsCostWhatTheyDidAndIsProposedAnewOnceTheyCostOtherwise() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId first = Proposals.run(ports().jobs(), shop);
        JobId second = Proposals.run(ports().jobs(), shop);
        ports().bundleRecommendations().publish(shop, List.of(published(Proposals.fbt(1, 2, 1), first, 1),
                published(Proposals.fbt(3, 4, 2), first, 1)));
        Review approved = Review.decided(ReviewStatus.APPROVED, Optional.of("for spring"), PUBLISHED);
        ports().bundleRecommendations().review(shop, Proposals.fbt(1, 2, 1).bundle().priced().ranked().candidate().key(), approved);
        ports().bundleRecommendations().review(shop, Proposals.fbt(3, 4, 2).bundle().priced().ranked().candidate().key(), approved);

        // the first pair's items cost 412.00 together still (ranked and discounted otherwise), the second's 430.00 now
        BundleRecommendation samePrices = published(Proposals.fbtListedAt(1, 2, 5, "412.00", "370.80"), second, 2);
        BundleRecommendation newPrices = published(Proposals.fbtListedAt(3, 4, 6, "430.00", "365.50"), second, 2);
        int proposedAnew = ports().bundleRecommendations().publish(shop, List.of(samePrices, newPrices));

        assertEquals(1, proposedAnew);
        assertEquals(List.of(published(Proposals.fbt(1, 2, 1), first, 1).withReview(approved), newPrices), all(shop));
    }

    @Test
    void retiringRemovesTheProposalsOfOtherRunsOnly() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId quickStart = Proposals.run(ports().jobs(), shop);
        JobId full = Proposals.run(ports().jobs(), shop);
        ports().bundleRecommendations().publish(shop, List.of(published(Proposals.fbt(1, 2, 1), quickStart, 1),
                published(Proposals.fbt(1, 3, 2), quickStart, 1), published(Proposals.fbt(1, 4, 3), quickStart, 1)));
        BundleKey approved = Proposals.fbt(1, 3, 2).bundle().priced().ranked().candidate().key();
        ports().bundleRecommendations().review(shop, approved, Review.decided(ReviewStatus.APPROVED, Optional.empty(), PUBLISHED));
        ports().bundleRecommendations().publish(shop, List.of(published(Proposals.quickStart(5, 6, 1), full, 1)));
        ports().bundleRecommendations().publish(shop, List.of(published(Proposals.fbt(1, 4, 1), full, 1)));

        int retired = ports().bundleRecommendations().retireAllBut(shop, full);

        assertEquals(2, retired, "fbt 1+2 was an earlier run's only and unreviewed; 5+6 this run's own quick start's");
        assertEquals(List.of(full, quickStart), all(shop).stream().map(BundleRecommendation::run).toList());
    }

    @Test
    void theListIsByRankThenKeyFilteredAndPagedWithoutGapsOrRepeats() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), shop);
        List<BundleRecommendation> wave = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // ranks 1..6 twice: ties are broken by the key
            wave.add(published(i % 3 == 0 ? Proposals.volume(100 + i, i % 6 + 1) : Proposals.fbt(100 + i, 200 + i, i % 6 + 1), run,
                    i % 6 < 3 ? 1 : 2));
        }
        ports().bundleRecommendations().publish(shop, wave);
        List<BundleRecommendation> expected = wave.stream().sorted(Comparator.comparingInt(BundleRecommendation::rank)
                .thenComparing(r -> r.key().value())).toList();

        List<BundleRecommendation> paged = new ArrayList<>();
        Optional<RecommendationQuery.After> after = Optional.empty();
        do {
            List<BundleRecommendation> page = ports().bundleRecommendations().list(new RecommendationQuery(shop, Optional.empty(),
                    Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), 5, after));
            paged.addAll(page);
            after = page.size() == 5 ? Optional.of(RecommendationQuery.After.of(page.getLast())) : Optional.empty();
        } while (after.isPresent());

        assertEquals(expected, paged);
        assertEquals(expected.stream().filter(r -> r.candidate().type() == BundleType.VOLUME && r.wave() == 2).toList(),
                ports().bundleRecommendations().list(new RecommendationQuery(shop, Optional.of(Objective.SUBSCRIPTION_PUSH),
                        Optional.of(BundleType.VOLUME), Optional.of(ReviewStatus.PROPOSED), OptionalInt.of(2), Optional.of(run), 100,
                        Optional.empty())));
        assertEquals(List.of(), ports().bundleRecommendations().list(new RecommendationQuery(shop, Optional.empty(), Optional.empty(),
                Optional.of(ReviewStatus.APPROVED), OptionalInt.empty(), Optional.empty(), 100, Optional.empty())));
    }

    @Test
    void aReviewIsRecordedWithItsNoteAndAnUnknownBundleHasNone() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), shop);
        BundleRecommendation proposal = published(Proposals.fbt(1, 2, 1), run, 1);
        ports().bundleRecommendations().publish(shop, List.of(proposal));
        Review approved = Review.decided(ReviewStatus.APPROVED, Optional.of("for the winter page"), Instant.parse("2024-04-02T09:00:00Z"));

        Optional<BundleRecommendation> reviewed = ports().bundleRecommendations().review(shop, proposal.key(), approved);

        assertEquals(Optional.of(proposal.withReview(approved)), reviewed);
        assertEquals(reviewed, ports().bundleRecommendations().find(shop, proposal.key()));
        assertEquals(Optional.empty(), ports().bundleRecommendations().review(shop, new BundleKey("0".repeat(32)), approved));
    }

    @Test
    void shopsAreApart() {
        ShopId one = newShop(ports().shops(), "EUR");
        ShopId other = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), one);
        BundleRecommendation proposal = published(Proposals.fbt(1, 2, 1), run, 1);

        ports().bundleRecommendations().publish(one, List.of(proposal));

        assertFalse(ports().bundleRecommendations().any(other));
        assertEquals(List.of(), all(other));
        assertEquals(Optional.empty(), ports().bundleRecommendations().find(other, proposal.key()));
        assertEquals(0, ports().bundleRecommendations().retireAllBut(other, run));
    }
}
