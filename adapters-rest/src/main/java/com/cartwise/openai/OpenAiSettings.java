package com.cartwise.openai;

import com.cartwise.domain.InvalidInputException;
import java.net.URI;
import java.time.Duration;

/**
 * How the OpenAI copy writer calls the service (all of it configuration, {@code cartwise.copy.openai.*};
 * the defaults are in application.yml, the one place for them). The key is kept apart ({@link ApiKey}),
 * so this record may be printed.
 *
 * @param baseUrl            the API's base, e.g. https://api.openai.com/v1 (or any server that speaks its HTTP API)
 * @param connectTimeout     how long to wait for a connection
 * @param readTimeout        how long to wait for the answer of one attempt
 * @param maxRetries         attempts after the first on 408, 409, 429, 5xx and lost connections, with
 *                           exponential backoff and jitter, honouring Retry-After
 * @param maxConcurrentCalls calls under way at once in this process, over all jobs
 * @param maxAnswerTokens    the most tokens one answer may use (max_completion_tokens): bounds each call's cost
 * @param language           the language the copy is written in, e.g. English, German, Français
 * @param tone               how the copy sounds
 */
public record OpenAiSettings(String model, URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxRetries,
                             int maxConcurrentCalls, int maxAnswerTokens, String language, String tone) {
    public OpenAiSettings {
        InvalidInputException.require(model != null && !model.isBlank(), "model", "is required");
        InvalidInputException.require(baseUrl != null && baseUrl.isAbsolute() && baseUrl.getHost() != null
                && ("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme())), "base_url",
                "must be an absolute http(s) URL, but was '" + baseUrl + "'");
        InvalidInputException.require(positive(connectTimeout), "connect_timeout", "must be positive, but was " + connectTimeout);
        InvalidInputException.require(positive(readTimeout), "read_timeout", "must be positive, but was " + readTimeout);
        InvalidInputException.require(maxRetries >= 0 && maxRetries <= 10, "max_retries", "must be 0-10, but was " + maxRetries);
        InvalidInputException.require(maxConcurrentCalls >= 1, "max_concurrent_calls", "must be at least 1, but was " + maxConcurrentCalls);
        InvalidInputException.require(maxAnswerTokens >= 50, "max_answer_tokens",
                "must be at least 50 (a title, a description and a tagline), but was " + maxAnswerTokens);
        InvalidInputException.require(language != null && !language.isBlank(), "language", "is required");
        InvalidInputException.require(tone != null && !tone.isBlank(), "tone", "is required");
        model = model.strip();
    }

    private static boolean positive(Duration duration) {
        return duration != null && duration.isPositive();
    }
}
