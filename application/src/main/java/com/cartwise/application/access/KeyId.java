package com.cartwise.application.access;

import com.cartwise.domain.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The public part of an API key: it names the key in lists and revocations and finds its stored
 * hash, so the secret itself is never looked up by value.
 */
public record KeyId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{16}");

    public KeyId {
        InvalidInputException.require(value != null && FORMAT.matcher(value).matches(), "key_id",
                "must be 16 characters of a-z and 2-7, but was '" + value + "'");
    }

    public static KeyId of(String value) {
        return new KeyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
