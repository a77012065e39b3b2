package com.cartwise.domain.mining;

/**
 * Mining stopped because a guard against explosion was reached: too many frequent items,
 * itemsets or rules, or a basket too large to mine. It carries a stable {@link #code()} for the
 * APIs, the limit's name and value, and a message that says what to change. Thrown instead of
 * running out of memory: every guard is checked before the memory it protects is used.
 */
public final class MiningLimitExceededException extends RuntimeException {
    private final String code;
    private final String limit;
    private final long value;

    public MiningLimitExceededException(String code, String limit, long value, String message) {
        super(message);
        this.code = code;
        this.limit = limit;
        this.value = value;
    }

    /** E.g. {@code mining.too_many_itemsets}; never changes between releases. */
    public String code() {
        return code;
    }

    /** The name of the setting that stopped the work, e.g. {@code max_itemsets}. */
    public String limit() {
        return limit;
    }

    /** The setting's value at the time. */
    public long value() {
        return value;
    }
}
