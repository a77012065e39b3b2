package com.cartwise.fakeshopify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopify's signatures, written here apart from Cartwise's checker so that a test of one is not a
 * test of itself: HMAC-SHA256 of a webhook's body in base64, and of an OAuth redirect's sorted
 * parameters in hex.
 */
public final class Signing {
    private Signing() {
    }

    public static String webhook(byte[] body, String secret) {
        return Base64.getEncoder().encodeToString(hmac(body, secret));
    }

    /** The query string of a redirect, its parameters signed in an added {@code hmac}. */
    public static String signedQuery(Map<String, String> parameters, String secret) {
        String message = new TreeMap<>(parameters).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        String hmac = HexFormat.of().formatHex(hmac(message.getBytes(StandardCharsets.UTF_8), secret));
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&hmac=" + hmac;
    }

    private static byte[] hmac(byte[] message, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
