package com.cartwise.application.access;

/**
 * Who made a request, as its key proved.
 *
 * @param keyName the key's id, or {@code operator} for the configured operator key: what budgets
 *                and logs name, never the secret
 */
public record Caller(String keyName, KeyHolder holder) {
    public static final String CONFIGURED_OPERATOR = "operator";
}
