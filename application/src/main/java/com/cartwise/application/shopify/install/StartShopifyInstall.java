package com.cartwise.application.shopify.install;

import com.cartwise.application.port.InstallStates;
import com.cartwise.application.port.SecretBox;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifyOAuth;
import com.cartwise.application.port.ShopifySignatures;
import com.cartwise.application.port.Shops;
import com.cartwise.application.shopify.InstallState;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OAuth install begins: from the merchant's dashboard for an existing Cartwise shop, or at
 * Shopify (the app listing opens Cartwise's install address, signed). Either way a one-time state
 * nonce is remembered and the merchant's browser is sent to Shopify to approve the scopes.
 */
public final class StartShopifyInstall {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<ShopifyApp> app;
    private final Shops shops;
    private final ShopifyConnections connections;
    private final InstallStates states;
    private final SecretBox secrets;
    private final ShopifyOAuth oauth;
    private final ShopifySignatures signatures;
    private final Duration stateLifetime;
    private final Clock clock;

    public StartShopifyInstall(Optional<ShopifyApp> app, Shops shops, ShopifyConnections connections, InstallStates states,
                               SecretBox secrets, ShopifyOAuth oauth, ShopifySignatures signatures, Duration stateLifetime,
                               Clock clock) {
        this.app = app;
        this.shops = shops;
        this.connections = connections;
        this.states = states;
        this.secrets = secrets;
        this.oauth = oauth;
        this.signatures = signatures;
        this.stateLifetime = stateLifetime;
        this.clock = clock;
    }

    /** From the dashboard: installs the app on {@code domain} for the existing shop. */
    public Result forShop(ShopId shop, ShopDomain domain) {
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        return begin(shop, domain, false);
    }

    /**
     * From Shopify's app listing: the request's parameters ({@code shop}, {@code timestamp},
     * {@code hmac} ...) must be signed by the app's secret. The Cartwise shop is named after the
     * domain and created when the install completes.
     */
    public Result fromShopify(Map<String, List<String>> query) {
        if (app.isEmpty()) {
            return new Result.AppNotConfigured(NOT_CONFIGURED);
        }
        if (!signatures.redirectSigned(query, app.get().clientSecret())) {
            return new Result.Unauthentic("the install request is not signed by Shopify");
        }
        ShopDomain domain = ShopDomain.of(first(query, "shop"));
        return begin(domain.shopId(), domain, true);
    }

    private Result begin(ShopId shop, ShopDomain domain, boolean createsShop) {
        if (app.isEmpty()) {
            return new Result.AppNotConfigured(NOT_CONFIGURED);
        }
        if (!secrets.ready()) {
            return new Result.KeyMissing(secrets.missingKey());
        }
        Optional<ShopId> owner = connections.shopOf(domain).filter(other -> !other.equals(shop));
        if (owner.isPresent()) {
            return new Result.DomainTaken(domain, owner.get());
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        states.remember(new InstallState(shop, nonce, domain, createsShop, clock.instant().plus(stateLifetime)));
        return new Result.Redirect(oauth.authorizationUrl(domain, app.get().clientId(), app.get().scopes(), app.get().redirect(),
                InstallStateText.of(shop, nonce)));
    }

    static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    static final String NOT_CONFIGURED = "Cartwise is not set up as a Shopify app: set cartwise.shopify.app.client-id,"
            + " cartwise.shopify.app.client-secret and cartwise.shopify.app.redirect-url (see docs/SHOPIFY.md), or connect"
            + " with a custom app's access token instead";

    public sealed interface Result {
        /** Send the merchant's browser here. */
        record Redirect(URI authorizationUrl) implements Result {
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        record AppNotConfigured(String howToSet) implements Result {
        }

        record KeyMissing(String howToSet) implements Result {
        }

        record DomainTaken(ShopDomain domain, ShopId owner) implements Result {
        }

        record Unauthentic(String why) implements Result {
        }
    }
}
