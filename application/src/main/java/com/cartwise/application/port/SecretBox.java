package com.cartwise.application.port;

/**
 * Seals secrets (access tokens, app secrets) before they are stored and opens them when they are
 * used, so that a copy of the database reveals none. Without a configured key it seals nothing,
 * and whatever needs to store a secret refuses with {@link #missingKey()}.
 */
public interface SecretBox {

    boolean ready();

    /** Why {@link #ready()} is false, and how to set the key, in words for the operator. */
    String missingKey();

    byte[] seal(String secret);

    /** @throws IllegalStateException when the sealed bytes are not this key's (the key changed, or they were altered) */
    String open(byte[] sealed);
}
