package com.cartwise.openai;

import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.LogLevel;
import com.openai.core.Timeout;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.concurrent.Semaphore;

/**
 * The process's calls to OpenAI's Chat Completions: one client (its connection pool), and a fair
 * semaphore that keeps at most {@code max_concurrent_calls} under way over all jobs. Retries are the
 * client's own (openai-java): up to {@code max_retries} more attempts on 408, 409, 429, 5xx and
 * lost connections, waiting 0.5 s doubling up to 8 s, less a random quarter (jitter), or as long as
 * a Retry-After (or retry-after-ms) header of at most a minute says. A call holds its permit while
 * it backs off, so a rate-limited service is not pressed by other calls meanwhile.
 */
final class OpenAiCalls implements AutoCloseable {
    private final OpenAIClient client;
    private final Semaphore underWay;
    private final ServiceFailures failures;

    OpenAiCalls(ApiKey key, OpenAiSettings settings) {
        this.client = OpenAIOkHttpClient.builder()
                .apiKey(key.reveal())
                .baseUrl(settings.baseUrl().toString())
                .timeout(Timeout.builder()
                        .connect(settings.connectTimeout())
                        .read(settings.readTimeout())
                        .write(settings.readTimeout())
                        .request(settings.connectTimeout().plus(settings.readTimeout()))
                        .build())
                .maxRetries(settings.maxRetries())
                // The client's own request log (OPENAI_LOG) prints bodies to stderr: off, whatever the environment says.
                .logLevel(LogLevel.OFF)
                .disableTelemetry(true)
                .build();
        this.underWay = new Semaphore(settings.maxConcurrentCalls(), true);
        this.failures = new ServiceFailures(settings);
    }

    ChatCompletion complete(ChatCompletionCreateParams params) throws CopyUnavailableException {
        try {
            underWay.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyUnavailableException("the job stopped while its copy waited for OpenAI");
        }
        try {
            return client.chat().completions().create(params);
        } catch (OpenAIException e) {
            throw failures.of(e);
        } finally {
            underWay.release();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
