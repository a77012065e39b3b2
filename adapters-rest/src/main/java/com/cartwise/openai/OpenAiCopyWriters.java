package com.cartwise.openai;

import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriters;
import java.util.Objects;

/**
 * {@link CopyWriters} on OpenAI's Chat Completions API (openai-java): one client and one limit on
 * calls under way for the process, a writer with its own budget per job. Close it to release the
 * client's connections and threads.
 */
public final class OpenAiCopyWriters implements CopyWriters, AutoCloseable {
    private final OpenAiSettings settings;
    private final OpenAiCalls calls;
    private final CopyPrompt prompt;

    public OpenAiCopyWriters(ApiKey key, OpenAiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calls = new OpenAiCalls(Objects.requireNonNull(key, "key"), settings);
        this.prompt = new CopyPrompt(settings);
    }

    @Override
    public CopyWriter forJob(CopyBudget budget) {
        return new OpenAiCopyWriter(calls, prompt, new JobSpending(Objects.requireNonNull(budget, "budget")), settings.model());
    }

    public OpenAiSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        calls.close();
    }

    @Override
    public String toString() {
        return "OpenAiCopyWriters[" + settings + "]";
    }
}
