package com.cartwise.application.bundles.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.fakes.FakeCopyWriters;
import com.cartwise.application.fakes.InMemoryCopyCache;
import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.cartwise.domain.shop.ShopId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobCopyWritersTest {
    private static final ShopId ALPINE = ShopId.of("alpine");
    private static final CopyBrief SKI_AND_WAX = new CopyBrief(BundleType.FBT, Objective.INCREASE_AOV, List.of("Ski", "Ski Wax"), "Skis",
            "350.20 EUR", "412.00 EUR", "15% off", "bought together in 37 of 120 orders with Ski Wax (4.2× chance)");
    private static final CopyBudget TEN_CALLS = new CopyBudget(10, 10_000);

    private final FakeCopyWriters ai = new FakeCopyWriters();
    private final InMemoryCopyCache cache = new InMemoryCopyCache();
    private final JobCopyWriters writers = new JobCopyWriters(ai, cache, TEN_CALLS);

    @Test
    void keepsTheCopyTheWriterWroteUnderTheBriefsContentHash() throws CopyUnavailableException {
        BundleCopy copy = writers.forJob(ALPINE).write(SKI_AND_WAX);

        assertEquals(FakeCopyWriters.copyOf(SKI_AND_WAX), copy);
        assertEquals(Optional.of(copy), cache.find(ALPINE, SKI_AND_WAX.contentHash()));
    }

    @Test
    void aBriefWrittenBeforeCostsNoSecondCallInALaterJob() throws CopyUnavailableException {
        BundleCopy first = writers.forJob(ALPINE).write(SKI_AND_WAX);

        BundleCopy again = writers.forJob(ALPINE).write(SKI_AND_WAX);

        assertEquals(first, again);
        assertEquals(1, ai.calls());
    }

    @Test
    void copyServedFromTheCacheSpendsNothingOfTheJobsBudget() throws CopyUnavailableException {
        writers.forJob(ALPINE).write(SKI_AND_WAX);
        CopyWriter oneCall = writers.forJob(ALPINE, new CopyBudget(1, 10_000));

        oneCall.write(SKI_AND_WAX);
        oneCall.write(SKI_AND_WAX);
        BundleCopy other = oneCall.write(brief("Boots", "Socks"));

        assertEquals("AI: Boots + Socks", other.title());
        assertEquals(2, ai.calls());
    }

    @Test
    void eachShopHasItsOwnCopy() throws CopyUnavailableException {
        writers.forJob(ALPINE).write(SKI_AND_WAX);

        writers.forJob(ShopId.of("glacier")).write(SKI_AND_WAX);

        assertEquals(2, ai.calls());
        assertEquals(2, cache.size());
    }

    @Test
    void keepsNothingWhenTheWriterIsUnavailableSoTheBriefIsAskedAgainLater() throws CopyUnavailableException {
        ai.makeUnavailable("OpenAI did not answer");

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writers.forJob(ALPINE).write(SKI_AND_WAX));

        assertEquals("OpenAI did not answer", failure.getMessage());
        assertEquals(0, cache.size());
    }

    @Test
    void aJobGetsTheConfiguredBudgetUnlessItNamesItsOwn() {
        CopyBudget small = new CopyBudget(3, 900);

        writers.forJob(ALPINE);
        writers.forJob(ALPINE, small);

        assertEquals(List.of(TEN_CALLS, small), ai.budgets());
    }

    private static CopyBrief brief(String... products) {
        return new CopyBrief(BundleType.FBT, Objective.INCREASE_AOV, List.of(products), "", "10.00 EUR", "12.00 EUR", "15% off", "");
    }
}
