package com.cartwise.application.access;

/**
 * A key just made: the stored record and, this once, its text. {@link #toString()} leaves the
 * text out so that logging the value cannot leak it.
 */
public record IssuedKey(StoredKey stored, String text) {
    @Override
    public String toString() {
        return "IssuedKey[" + stored + "]";
    }
}
