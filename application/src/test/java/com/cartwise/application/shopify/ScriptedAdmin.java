package com.cartwise.application.shopify;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.domain.shopify.WebhookTopic;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A Shopify that knows one token and grants it some scopes; it reads nothing (syncs are tested end to end). */
final class ScriptedAdmin implements ShopifyAdmin {
    private final String token;
    private final Set<String> scopes;
    final List<String> subscribed = new ArrayList<>();

    ScriptedAdmin(String token, Set<String> scopes) {
        this.token = token;
        this.scopes = scopes;
    }

    private void check(ShopifyAccess access) {
        if (!access.token().value().equals(token)) {
            throw new ShopifyFailure(ShopifyFailure.Kind.UNAUTHORIZED, "Shopify refused the shop's access token (401)");
        }
    }

    @Override
    public ShopDetails shop(ShopifyAccess access) {
        check(access);
        return new ShopDetails("Alpine Outfitters", "EUR", scopes);
    }

    @Override
    public Totals count(ShopifyAccess access, Window window) {
        check(access);
        return new Totals(0, 0, 0);
    }

    @Override
    public void readCatalogue(ShopifyAccess access, Window window, int file, Feed feed) {
        check(access);
    }

    @Override
    public void readStock(ShopifyAccess access, int file, Feed feed) {
        check(access);
    }

    @Override
    public void readOrders(ShopifyAccess access, Window window, int file, Feed feed) {
        check(access);
    }

    @Override
    public Optional<String> locationName(ShopifyAccess access, long locationId) {
        check(access);
        return Optional.of("Main warehouse");
    }

    @Override
    public Set<WebhookTopic> subscribe(ShopifyAccess access, URI callback, Collection<WebhookTopic> topics) {
        check(access);
        topics.forEach(t -> subscribed.add(t.header() + " -> " + callback));
        return Set.copyOf(topics);
    }
}
