package com.cartwise.shopify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.fakeshopify.Signing;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cartwise's signature checks against signatures made as Shopify makes them (by the fake's own
 * code, not by the checker), and against Shopify's published example of a redirect's signature.
 */
class HmacShopifySignaturesTest {
    private static final ClientSecret SECRET = new ClientSecret("hush");
    private final HmacShopifySignatures signatures = new HmacShopifySignatures();

    @Test
    void aWebhookSignedWithTheSecretIsAuthentic() {
        byte[] body = "{\"id\":820982911946154508,\"name\":\"#1001\"}".getBytes(StandardCharsets.UTF_8);

        assertTrue(signatures.webhookSigned(body, Signing.webhook(body, "hush"), SECRET));
    }

    @Test
    void aWebhookWithAnotherSecretOrAChangedBodyIsNot() {
        byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
        String signature = Signing.webhook(body, "hush");

        assertFalse(signatures.webhookSigned(body, Signing.webhook(body, "other"), SECRET));
        assertFalse(signatures.webhookSigned("{\"id\":2}".getBytes(StandardCharsets.UTF_8), signature, SECRET));
        assertFalse(signatures.webhookSigned(body, "not base64 at all!", SECRET));
        assertFalse(signatures.webhookSigned(body, "", SECRET));
    }

    @Test
    void shopifysPublishedRedirectExampleIsAuthentic() {
        // shopify.dev's OAuth guide: code, shop, state and timestamp signed with the secret "hush".
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("code", List.of("0907a61c0c8d55e99db179b68161bc00"));
        query.put("hmac", List.of("700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"));
        query.put("shop", List.of("some-shop.myshopify.com"));
        query.put("state", List.of("0.6784241404160823"));
        query.put("timestamp", List.of("1337178173"));

        assertTrue(signatures.redirectSigned(query, SECRET));
        query.put("shop", List.of("other-shop.myshopify.com"));
        assertFalse(signatures.redirectSigned(query, SECRET));
    }

    @Test
    void aRedirectSignedAsTheFakeSignsItIsAuthenticAndWithoutHmacIsNot() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("shop", "alpine.myshopify.com");
        parameters.put("timestamp", "1700000000");
        parameters.put("host", "YWxwaW5lLm15c2hvcGlmeS5jb20vYWRtaW4=");
        Map<String, List<String>> query = parse(Signing.signedQuery(parameters, "hush"));

        assertTrue(signatures.redirectSigned(query, SECRET));
        query.remove("hmac");
        assertFalse(signatures.redirectSigned(query, SECRET));
    }

    private static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), List.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
        }
        return query;
    }
}
