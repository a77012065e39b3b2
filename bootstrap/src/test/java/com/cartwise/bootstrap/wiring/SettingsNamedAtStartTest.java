package com.cartwise.bootstrap.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.bootstrap.settings.StartSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A setting refused at start is named as the operator wrote it, whatever record checks its value. */
class SettingsNamedAtStartTest {

    @Test
    void theRecommendersSettings() {
        assertEquals("cartwise.recommender.neighbours: must be at least 1, but was 0",
                refused(() -> new UseCaseFactory().tunables(0, 4_194_304)));
        assertEquals("cartwise.recommender.evaluation.train-share: must be between 0 and 1, but was 1.5",
                refused(() -> new UseCaseFactory().evaluationSettings(1.5, List.of(2, 5, 10), "last_item", "hit_rate@2", 10_000)));
        assertEquals("cartwise.recommender.evaluation.primary-protocol: must be last_item or each_item, but was 'lastitem'",
                refused(() -> new UseCaseFactory().evaluationSettings(0.8, List.of(2, 5, 10), "lastitem", "hit_rate@2", 10_000)));
        assertEquals("cartwise.recommender.evaluation.max-cases: must be at least 1, but was 0",
                refused(() -> new UseCaseFactory().evaluationSettings(0.8, List.of(2, 5, 10), "last_item", "hit_rate@2", 0)));
    }

    @Test
    void theRateLimitsSayWhichBudget() {
        assertEquals("cartwise.security.rate-limits.dashboard.requests and .per: a rate limit is at least 1 request per a positive period,"
                + " not 0 per PT1M", refused(() -> new AccessFactory().requestBudgets(6000, Duration.ofMinutes(1), 0, Duration.ofMinutes(1))));
    }

    @Test
    void theEventWeights() {
        assertEquals("cartwise.analytics.event-weights.bundle-purchase: must be a whole number from 0 to 100, but was 101",
                refused(() -> new AnalyticsFactory().eventWeights(1, 101)));
    }

    @Test
    void theAiCopySettingsAndTheShopifyDurations() {
        assertEquals("cartwise.copy.openai.max-retries: must be 0-10, but was -1", refused(() -> StartSettings.checkedUnder("cartwise.copy.openai",
                () -> new com.cartwise.openai.OpenAiSettings("gpt-4o-mini", java.net.URI.create("https://api.openai.com/v1"), Duration.ofSeconds(5),
                        Duration.ofSeconds(30), -1, 4, 400, "English", "warm"))));
        assertEquals("cartwise.shopify.webhooks.max-age must be positive, but was PT-1H",
                refused(() -> StartSettings.positive("cartwise.shopify.webhooks.max-age", Duration.ofHours(-1))));
    }

    private static String refused(Runnable start) {
        return assertThrows(IllegalArgumentException.class, start::run).getMessage();
    }
}
