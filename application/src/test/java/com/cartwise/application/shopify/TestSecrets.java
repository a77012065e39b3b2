package com.cartwise.application.shopify;

import com.cartwise.application.port.SecretBox;
import com.cartwise.application.port.ShopifySignatures;
import com.cartwise.domain.shopify.ClientSecret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A secret box that seals by reversing the bytes (the real one, AES-GCM, is the persistence
 * adapter's and has its own test), and signatures that are the secret and the body's length: what
 * the use cases decide from a seal or a signature is tested here, the cryptography where it lives.
 */
final class TestSecrets implements SecretBox, ShopifySignatures {
    private final boolean ready;

    TestSecrets(boolean ready) {
        this.ready = ready;
    }

    static String signature(byte[] body, ClientSecret secret) {
        return secret.value() + ":" + body.length;
    }

    @Override
    public boolean ready() {
        return ready;
    }

    @Override
    public String missingKey() {
        return "set the key";
    }

    @Override
    public byte[] seal(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            sealed[i] = bytes[bytes.length - 1 - i];
        }
        return sealed;
    }

    @Override
    public String open(byte[] sealed) {
        return new String(seal(new String(sealed, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Override
    public boolean webhookSigned(byte[] body, String signature, ClientSecret secret) {
        return signature(body, secret).equals(signature);
    }

    @Override
    public boolean redirectSigned(Map<String, List<String>> query, ClientSecret secret) {
        return Arrays.asList(secret.value()).equals(query.get("hmac"));
    }
}
