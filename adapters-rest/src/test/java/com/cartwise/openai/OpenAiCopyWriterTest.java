package com.cartwise.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.cartwise.openai.OpenAiStub.Request;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The OpenAI copy writer against a local server that speaks OpenAI's HTTP API; never the internet. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenAiCopyWriterTest {
    static final CopyBrief SKI_AND_WAX = new CopyBrief(BundleType.FBT, Objective.INCREASE_AOV, List.of("Ski", "Ski Wax"), "Skis",
            "350.20 EUR", "412.00 EUR", "15% off", "bought together in 37 of 120 orders with Ski Wax (4.2× chance)");
    static final CopyBudget PLENTY = new CopyBudget(100, 1_000_000);

    private final String key = "sk-test-" + UUID.randomUUID();
    private final OpenAiStub openAi = new OpenAiStub(key);
    private OpenAiCopyWriters writers;

    @AfterEach
    void stop() {
        if (writers != null) {
            writers.close();
        }
        openAi.close();
    }

    static OpenAiSettings settings(URI baseUrl, Duration readTimeout, int maxRetries, int maxConcurrentCalls) {
        return new OpenAiSettings("gpt-4o-mini", baseUrl, Duration.ofSeconds(2), readTimeout, maxRetries, maxConcurrentCalls, 400,
                "German", "warm and concise");
    }

    private CopyWriter writer(int maxRetries) {
        return writer(settings(openAi.baseUrl(), Duration.ofSeconds(5), maxRetries, 4), PLENTY);
    }

    private CopyWriter writer(OpenAiSettings settings, CopyBudget budget) {
        writers = new OpenAiCopyWriters(ApiKey.of(key).orElseThrow(), settings);
        return writers.forJob(budget);
    }

    @Test
    void writesTheCopyOfTheStructuredAnswerAndNamesTheModelThatWroteIt() throws CopyUnavailableException {
        openAi.replies(Reply.copy("Ski & Wachs im Set", "Alles für die Piste: 350.20 EUR statt 412.00 EUR, 15% Rabatt.", "Besser zusammen"));

        BundleCopy copy = writer(2).write(SKI_AND_WAX);

        assertEquals(new BundleCopy("Ski & Wachs im Set", "Alles für die Piste: 350.20 EUR statt 412.00 EUR, 15% Rabatt.",
                "Besser zusammen", "openai:" + OpenAiStub.MODEL_ANSWERING), copy);
    }

    @Test
    void asksWithTheKeyTheModelTheBriefAndAStrictSchemaOfTitleDescriptionAndTagline() throws CopyUnavailableException {
        writer(2).write(SKI_AND_WAX);

        Request request = openAi.requests().getFirst();
        assertEquals("POST", request.method());
        assertEquals("Bearer " + key, request.authorization());
        assertTrue(request.contentType().startsWith("application/json"), request.contentType());
        assertEquals("gpt-4o-mini", request.body().get("model").asText());
        assertEquals(400, request.body().get("max_completion_tokens").asInt());
        assertTrue(request.message("system").contains("Write in German. Tone: warm and concise."), request.message("system"));
        String user = request.message("user");
        assertTrue(user.contains("Products: Ski; Ski Wax"), user);
        assertTrue(user.contains("Price: 350.20 EUR instead of 412.00 EUR"), user);
        assertTrue(user.contains("Offer: 15% off"), user);
        assertTrue(user.contains("Reasons: bought together in 37 of 120 orders"), user);
        JsonNode format = request.body().get("response_format");
        assertEquals("json_schema", format.get("type").asText());
        assertTrue(format.get("json_schema").get("strict").asBoolean());
        JsonNode schema = format.get("json_schema").get("schema");
        assertEquals(List.of("title", "description", "tagline"), List.of(schema.get("required").get(0).asText(),
                schema.get("required").get(1).asText(), schema.get("required").get(2).asText()));
        assertEquals(false, schema.get("additionalProperties").asBoolean());
    }

    @Test
    void waitsAsLongAsRetryAfterSaysWhenRateLimitedThenWrites() throws CopyUnavailableException {
        openAi.replies(Reply.rateLimited().withHeader("Retry-After", "1"), Reply.copy("Glide further", "Ski and wax.", "Better together"));

        BundleCopy copy = writer(2).write(SKI_AND_WAX);

        List<Request> requests = openAi.requests();
        assertEquals(2, requests.size());
        Duration waited = Duration.between(requests.get(0).at(), requests.get(1).at());
        // Without the header the client would wait 0.5 s less up to a quarter before its first retry.
        assertTrue(waited.compareTo(Duration.ofMillis(950)) >= 0, "waited " + waited);
        assertEquals("Glide further", copy.title());
    }

    @Test
    void retriesServerErrorsThenWrites() throws CopyUnavailableException {
        openAi.replies(Reply.error(500, "server_error", null, "The server had an error while processing your request. Sorry about that!"),
                Reply.overloaded(), Reply.copy("Glide further", "Ski and wax.", "Better together"));

        BundleCopy copy = writer(2).write(SKI_AND_WAX);

        assertEquals(3, openAi.requests().size());
        assertEquals("Glide further", copy.title());
    }

    @Test
    void aServiceThatKeepsFailingLeavesTheCopyUnavailableWithAMessageForTheMerchant() {
        openAi.replies(Reply.overloaded());

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer(2).write(SKI_AND_WAX));

        assertEquals(3, openAi.requests().size());
        assertEquals("OpenAI kept failing (HTTP 503) after 2 retries", failure.getMessage());
    }

    @Test
    void aRateLimitThatOutlastsTheRetriesSaysSo() {
        openAi.replies(Reply.rateLimited().withHeader("retry-after-ms", "10"));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer(1).write(SKI_AND_WAX));

        assertEquals(2, openAi.requests().size());
        assertEquals("OpenAI kept limiting the rate of calls (HTTP 429 rate_limit_exceeded) after 1 retry", failure.getMessage());
    }

    @Test
    void anAccountWithoutQuotaIsToldApartFromARateLimit() {
        openAi.replies(Reply.error(429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota."));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer(0).write(SKI_AND_WAX));

        assertEquals("the OpenAI account has no quota left (HTTP 429 insufficient_quota)", failure.getMessage());
    }

    @Test
    void aRefusedKeyIsNotRetriedAndTheMessageSaysWhereToSetIt() {
        writers = new OpenAiCopyWriters(ApiKey.of("sk-wrong-key").orElseThrow(), settings(openAi.baseUrl(), Duration.ofSeconds(5), 2, 4));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writers.forJob(PLENTY).write(SKI_AND_WAX));

        assertEquals(1, openAi.requests().size());
        assertEquals("OpenAI refused the API key (HTTP 401 invalid_api_key): check OPENAI_API_KEY or cartwise.copy.openai.api-key",
                failure.getMessage());
    }

    @Test
    void anUnknownModelIsNamed() {
        openAi.replies(Reply.error(404, "invalid_request_error", "model_not_found", "The model `gpt-4o-mini` does not exist."));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer(2).write(SKI_AND_WAX));

        assertEquals("OpenAI does not know the model 'gpt-4o-mini' (HTTP 404 model_not_found)", failure.getMessage());
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutLeavesTheCopyUnavailable() {
        openAi.replies(Reply.copy("Glide further", "Ski and wax.", "Better together").after(Duration.ofSeconds(3)));
        CopyWriter writer = writer(settings(openAi.baseUrl(), Duration.ofMillis(300), 1, 4), PLENTY);

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals(2, openAi.requests().size());
        assertEquals("OpenAI did not answer within 300 ms after 1 retry", failure.getMessage());
    }

    @Test
    void aServerThatCannotBeReachedLeavesTheCopyUnavailable() {
        URI closed = openAi.baseUrl();
        openAi.close();
        CopyWriter writer = writer(settings(closed, Duration.ofSeconds(1), 0, 4), PLENTY);

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class, () -> writer.write(SKI_AND_WAX));

        assertEquals("OpenAI cannot be reached at 127.0.0.1", failure.getMessage());
    }
}
