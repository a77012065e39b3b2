package com.cartwise.shopify;

import com.cartwise.application.port.ShopifyOAuth;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shopify's authorization-code grant: the authorize address with the app's client id, scopes,
 * redirect and state; and the exchange of the code for an offline access token at
 * {@code /admin/oauth/access_token}, which proves the app by its client secret.
 */
public final class HttpShopifyOAuth implements ShopifyOAuth {
    private final ShopifyHttp http;
    private final JsonMapper json;
    private final ShopifySettings settings;

    public HttpShopifyOAuth(HttpClient client, JsonMapper json, ShopifySettings settings) {
        this.http = new ShopifyHttp(client, settings);
        this.json = json;
        this.settings = settings;
    }

    @Override
    public URI authorizationUrl(ShopDomain shop, String clientId, Set<String> scopes, URI redirect, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", clientId);
        query.put("scope", scopes.stream().sorted().collect(Collectors.joining(",")));
        query.put("redirect_uri", redirect.toString());
        query.put("state", state);
        return URI.create(settings.admin(shop.value()) + "/admin/oauth/authorize?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")));
    }

    @Override
    public Grant exchange(ShopDomain shop, String clientId, ClientSecret clientSecret, String code) {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("client_id", JsonNode.createStringNode(clientId));
        body.put("client_secret", JsonNode.createStringNode(clientSecret.value()));
        body.put("code", JsonNode.createStringNode(code));
        JsonNode answer;
        try {
            byte[] sent = json.writeValueAsBytes(JsonNode.createObjectNode(body));
            answer = json.readValue(http.post(URI.create(settings.admin(shop.value()) + "/admin/oauth/access_token"), Optional.empty(),
                    "application/json", sent, () -> { }), JsonNode.class);
        } catch (IOException e) {
            throw new ShopifyFailure(ShopifyFailure.Kind.UNAVAILABLE, "Shopify's answer to the token exchange was not JSON");
        } catch (ShopifyFailure e) {
            if (e.kind() == ShopifyFailure.Kind.UNAVAILABLE) {
                throw e;
            }
            throw new ShopifyFailure(ShopifyFailure.Kind.REFUSED, "Shopify refused the authorization code (used before, or expired):"
                    + " start the install again");
        }
        String token = Json.text(answer, "access_token").orElseThrow(() -> new ShopifyFailure(ShopifyFailure.Kind.REFUSED,
                "Shopify's token exchange answered no access token"));
        return new Grant(new AccessToken(token), Arrays.stream(Json.textOr(answer, "", "scope").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }
}
