package com.cartwise.shopify;

import com.cartwise.application.port.ShopifySignatures;
import com.cartwise.domain.shopify.ClientSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopify's HMAC-SHA256 signatures, compared in constant time ({@link MessageDigest#isEqual}) so
 * that the time an answer takes tells nothing of how much of a forged signature was right.
 * Webhooks sign the raw body (base64); OAuth redirects sign their other query parameters, sorted
 * by name, as {@code name=value} joined by {@code &} (hex).
 */
public final class HmacShopifySignatures implements ShopifySignatures {

    @Override
    public boolean webhookSigned(byte[] body, String signature, ClientSecret secret) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    @Override
    public boolean redirectSigned(Map<String, List<String>> query, ClientSecret secret) {
        List<String> hmac = query.get("hmac");
        if (hmac == null || hmac.size() != 1) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hmac.getFirst().strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, message(query).getBytes(StandardCharsets.UTF_8)), given);
    }

    /** The signed text of a redirect: every parameter but hmac (and the legacy signature), sorted, a list joined by commas. */
    static String message(Map<String, List<String>> query) {
        return new TreeMap<>(query).entrySet().stream()
                .filter(e -> !e.getKey().equals("hmac") && !e.getKey().equals("signature"))
                .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static byte[] hmac(ClientSecret secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }
}
