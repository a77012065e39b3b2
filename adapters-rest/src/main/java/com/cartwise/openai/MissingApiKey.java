package com.cartwise.openai;

import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriters;

/** {@link CopyWriters} when no OpenAI API key is configured: every call says how to configure one. */
public final class MissingApiKey implements CopyWriters {
    static final String MESSAGE = "AI copy is off: no OpenAI API key is configured. Set the environment variable OPENAI_API_KEY"
            + " (or cartwise.copy.openai.api-key) and restart Cartwise; until then bundles get template copy";

    @Override
    public CopyWriter forJob(CopyBudget budget) {
        return brief -> {
            throw new CopyWriter.CopyUnavailableException(MESSAGE);
        };
    }
}
