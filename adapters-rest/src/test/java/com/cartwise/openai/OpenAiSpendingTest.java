package com.cartwise.openai;

import static com.cartwise.openai.OpenAiCopyWriterTest.PLENTY;
import static com.cartwise.openai.OpenAiCopyWriterTest.SKI_AND_WAX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.bundles.copy.JobCopyWriters;
import com.cartwise.application.fakes.InMemoryCopyCache;
import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.openai.OpenAiStub.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What AI copy may cost: a budget per job, a limit on calls under way in the process, and no call for a brief written before. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenAiSpendingTest {
    private final String key = "sk-test-" + UUID.randomUUID();
    private final OpenAiStub openAi = new OpenAiStub(key);
    private OpenAiCopyWriters writers = connect(4);

    private OpenAiCopyWriters connect(int maxConcurrentCalls) {
        return new OpenAiCopyWriters(ApiKey.of(key).orElseThrow(),
                OpenAiCopyWriterTest.settings(openAi.baseUrl(), Duration.ofSeconds(5), 0, maxConcurrentCalls));
    }

    @AfterEach
    void stop() {
        writers.close();
        openAi.close();
    }

    @Test
    void aJobStopsCallingOnceItsCallsAreSpent() throws CopyUnavailableException {
        CopyWriter writer = writers.forJob(new CopyBudget(2, 1_000_000));
        writer.write(brief("Ski", "Ski Wax"));
        writer.write(brief("Boots", "Socks"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(brief("Helmet", "Goggles")));

        assertEquals("this generation's AI copy budget of 2 calls is spent; the remaining bundles get template copy", failure.getMessage());
        assertEquals(2, openAi.requests().size());
    }

    @Test
    void aJobStopsCallingOnceTheTokensTheServiceCountedReachItsBudget() throws CopyUnavailableException {
        openAi.replies(Reply.content("{\"title\": \"Glide\", \"description\": \"Ski and wax.\", \"tagline\": \"Go\"}", 500, 100));
        CopyWriter writer = writers.forJob(new CopyBudget(100, 1_000));
        writer.write(brief("Ski", "Ski Wax"));
        writer.write(brief("Boots", "Socks"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(brief("Helmet", "Goggles")));

        assertEquals("this generation's AI copy budget of 1000 tokens is spent; the remaining bundles get template copy",
                failure.getMessage());
        assertEquals(2, openAi.requests().size());
    }

    @Test
    void eachJobHasABudgetOfItsOwn() throws CopyUnavailableException {
        writers.forJob(new CopyBudget(1, 1_000_000)).write(brief("Ski", "Ski Wax"));

        BundleCopy copy = writers.forJob(new CopyBudget(1, 1_000_000)).write(brief("Boots", "Socks"));

        assertEquals("openai:" + OpenAiStub.MODEL_ANSWERING, copy.writer());
    }

    @Test
    void aFailedCallStillCountsAgainstTheBudget() {
        openAi.replies(Reply.overloaded(), Reply.copy("Glide", "Ski and wax.", "Go"));
        CopyWriter writer = writers.forJob(new CopyBudget(1, 1_000_000));
        assertThrows(CopyUnavailableException.class, () -> writer.write(brief("Ski", "Ski Wax")));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(brief("Boots", "Socks")));

        assertEquals("this generation's AI copy budget of 1 calls is spent; the remaining bundles get template copy", failure.getMessage());
    }

    @Test
    void noMoreCallsAreUnderWayAtOnceThanTheProcessAllowsOverAllJobs() throws Exception {
        writers.close();
        writers = connect(2);
        openAi.replies(Reply.copy("Glide", "Ski and wax.", "Go").after(Duration.ofMillis(300)));
        List<CopyWriter> jobs = List.of(writers.forJob(PLENTY), writers.forJob(PLENTY));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<BundleCopy>> written = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                CopyWriter job = jobs.get(i % 2);
                CopyBrief brief = brief("Product " + i, "Add-on " + i);
                written.add(threads.submit(() -> job.write(brief)));
            }
            for (Future<BundleCopy> copy : written) {
                assertEquals("Glide", copy.get(30, TimeUnit.SECONDS).title());
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(6, openAi.requests().size());
        assertEquals(2, openAi.mostUnderWayAtOnce());
    }

    @Test
    void aBriefWrittenBeforeCostsNoCallThroughTheShopsCache() throws CopyUnavailableException {
        JobCopyWriters jobs = new JobCopyWriters(writers, new InMemoryCopyCache(), PLENTY);
        ShopId alpine = ShopId.of("alpine");
        BundleCopy first = jobs.forJob(alpine).write(SKI_AND_WAX);

        BundleCopy again = jobs.forJob(alpine).write(SKI_AND_WAX);

        assertEquals(first, again);
        assertEquals(1, openAi.requests().size());
    }

    @Test
    void withoutAKeyNoCallIsMadeAndTheMessageSaysHowToConfigureOne() {
        JobCopyWriters jobs = new JobCopyWriters(new MissingApiKey(), new InMemoryCopyCache(), PLENTY);

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class,
                () -> jobs.forJob(ShopId.of("alpine")).write(SKI_AND_WAX));

        assertEquals("AI copy is off: no OpenAI API key is configured. Set the environment variable OPENAI_API_KEY"
                + " (or cartwise.copy.openai.api-key) and restart Cartwise; until then bundles get template copy", failure.getMessage());
        assertEquals(0, openAi.requests().size());
    }

    private static CopyBrief brief(String... products) {
        return new CopyBrief(BundleType.FBT, Objective.INCREASE_AOV, List.of(products), "", "10.00 EUR", "12.00 EUR", "15% off", "");
    }
}
