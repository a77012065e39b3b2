package com.cartwise.bootstrap.wiring;

import com.cartwise.application.bundles.copy.JobCopyWriters;
import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyCache;
import com.cartwise.application.port.CopyWriters;
import com.cartwise.bootstrap.settings.StartSettings;
import com.cartwise.openai.ApiKey;
import com.cartwise.openai.MissingApiKey;
import com.cartwise.openai.OpenAiCopyWriters;
import com.cartwise.openai.OpenAiSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires AI copy: OpenAI's writer when an API key is configured, else a writer whose every answer
 * says how to configure one (bundles then get template copy); and each job's writer, behind the
 * shop's copy cache, with the configured budget. The settings have no defaults here: application.yml
 * holds each one, with its reason.
 */
@Factory
final class CopyWriterFactory {
    private static final Logger LOG = LoggerFactory.getLogger(CopyWriterFactory.class);

    @Singleton
    OpenAiSettings openAiSettings(@Value("${cartwise.copy.openai.model}") String model,
                                  @Value("${cartwise.copy.openai.base-url}") URI baseUrl,
                                  @Value("${cartwise.copy.openai.connect-timeout}") Duration connectTimeout,
                                  @Value("${cartwise.copy.openai.read-timeout}") Duration readTimeout,
                                  @Value("${cartwise.copy.openai.max-retries}") int maxRetries,
                                  @Value("${cartwise.copy.openai.max-concurrent-calls}") int maxConcurrentCalls,
                                  @Value("${cartwise.copy.openai.max-answer-tokens}") int maxAnswerTokens,
                                  @Value("${cartwise.copy.openai.language}") String language,
                                  @Value("${cartwise.copy.openai.tone}") String tone) {
        return StartSettings.checkedUnder("cartwise.copy.openai", () -> new OpenAiSettings(model, baseUrl, connectTimeout, readTimeout,
                maxRetries, maxConcurrentCalls, maxAnswerTokens, language, tone));
    }

    @Singleton
    @Bean(preDestroy = "close")
    AiCopyWriters aiCopyWriters(@Value("${cartwise.copy.openai.api-key:}") String apiKey, OpenAiSettings settings) {
        Optional<ApiKey> key = ApiKey.of(apiKey);
        if (key.isEmpty()) {
            LOG.info("AI copy is off: no OpenAI API key (OPENAI_API_KEY or cartwise.copy.openai.api-key); bundles get template copy");
            return new AiCopyWriters(new MissingApiKey());
        }
        LOG.info("AI copy by OpenAI: model {} at {}, at most {} calls at once", settings.model(), settings.baseUrl().getHost(),
                settings.maxConcurrentCalls());
        return new AiCopyWriters(new OpenAiCopyWriters(key.get(), settings));
    }

    @Singleton
    CopyWriters copyWriters(AiCopyWriters aiCopyWriters) {
        return aiCopyWriters.writers();
    }

    @Singleton
    JobCopyWriters jobCopyWriters(CopyWriters writers, CopyCache cache,
                                  @Value("${cartwise.copy.job-budget.max-calls}") int maxCalls,
                                  @Value("${cartwise.copy.job-budget.max-tokens}") long maxTokens) {
        return new JobCopyWriters(writers, cache, StartSettings.checkedUnder("cartwise.copy.job-budget", () -> new CopyBudget(maxCalls, maxTokens)));
    }

    /** The process's AI copy writers, and the connections to close when Cartwise stops. */
    record AiCopyWriters(CopyWriters writers) implements AutoCloseable {
        @Override
        public void close() {
            if (writers instanceof OpenAiCopyWriters openAi) {
                openAi.close();
            }
        }
    }
}
