package com.cartwise.application.port;

import com.cartwise.domain.shopify.ClientSecret;
import java.util.List;
import java.util.Map;

/** Checks Shopify's HMAC-SHA256 signatures, in constant time. */
public interface ShopifySignatures {

    /** Whether {@code signature} (base64, X-Shopify-Hmac-Sha256) is the body's HMAC under the secret. */
    boolean webhookSigned(byte[] body, String signature, ClientSecret secret);

    /** Whether the OAuth redirect's {@code hmac} parameter signs its other parameters under the secret. */
    boolean redirectSigned(Map<String, List<String>> query, ClientSecret secret);
}
