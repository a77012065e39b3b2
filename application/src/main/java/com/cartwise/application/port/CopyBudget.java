package com.cartwise.application.port;

import com.cartwise.domain.InvalidInputException;

/**
 * What one generation job may spend on AI copy: at most {@code maxCalls} briefs sent to the
 * writer and at most {@code maxTokens} tokens as the service counts them (prompt and answer).
 * Checked before each call: calls already under way when the budget runs out may each add their
 * tokens, so the tokens spent can pass {@code maxTokens} by the calls a job makes at once. Copy
 * served from the {@link CopyCache} costs nothing.
 */
public record CopyBudget(int maxCalls, long maxTokens) {
    public CopyBudget {
        InvalidInputException.require(maxCalls >= 0, "max_calls", "must not be negative, but was " + maxCalls);
        InvalidInputException.require(maxTokens >= 0, "max_tokens", "must not be negative, but was " + maxTokens);
    }
}
