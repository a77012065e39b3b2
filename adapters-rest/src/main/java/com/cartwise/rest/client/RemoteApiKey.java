package com.cartwise.rest.client;

/**
 * A shop's API key as its issue answered it: the only answer that holds the key itself.
 *
 * @param label empty when none was given
 */
public record RemoteApiKey(String keyId, String shopId, String label, String key) {
}
