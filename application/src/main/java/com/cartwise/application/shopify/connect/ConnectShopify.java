package com.cartwise.application.shopify.connect;

import com.cartwise.application.port.SecretBox;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.Shops;
import com.cartwise.application.shopify.InstallMethod;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.application.shopify.ShopifyScopes;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The merchant connects their shop with a custom app's Admin API access token: the token is tried
 * on Shopify first (a wrong token or missing scopes is refused at once, not at the first sync),
 * then stored sealed, the webhooks subscribed and the historical sync started.
 */
public final class ConnectShopify {
    private final Shops shops;
    private final ShopifyConnections connections;
    private final SecretBox secrets;
    private final ShopifyAdmin admin;
    private final EstablishConnection establish;

    public ConnectShopify(Shops shops, ShopifyConnections connections, SecretBox secrets, ShopifyAdmin admin,
                          EstablishConnection establish) {
        this.shops = shops;
        this.connections = connections;
        this.secrets = secrets;
        this.admin = admin;
        this.establish = establish;
    }

    /**
     * @param webhookSecret the custom app's API secret key, with which Shopify signs its webhooks
     * @param sync start the historical sync at once
     */
    public record Command(ShopId shop, ShopDomain domain, AccessToken token, Optional<ClientSecret> webhookSecret, boolean sync,
                          Optional<Instant> ordersCreatedSince) {
        public Command {
            InvalidInputException.require(shop != null, "shop_id", "is required");
            InvalidInputException.require(domain != null, "shop_domain", "is required");
            InvalidInputException.require(token != null, "access_token", "is required");
            webhookSecret = webhookSecret == null ? Optional.empty() : webhookSecret;
            ordersCreatedSince = ordersCreatedSince == null ? Optional.empty() : ordersCreatedSince;
        }
    }

    public Result execute(Command command) {
        ShopId shop = command.shop();
        if (shops.find(shop).isEmpty()) {
            return new Result.ShopNotFound(shop);
        }
        if (!secrets.ready()) {
            return new Result.KeyMissing(secrets.missingKey());
        }
        Optional<ShopId> owner = connections.shopOf(command.domain()).filter(other -> !other.equals(shop));
        if (owner.isPresent()) {
            return new Result.DomainTaken(command.domain(), owner.get());
        }
        ShopifyAccess access = new ShopifyAccess(command.domain(), command.token());
        ShopifyAdmin.ShopDetails details;
        try {
            details = admin.shop(access);
        } catch (ShopifyFailure e) {
            return new Result.Refused(e);
        }
        Set<String> missing = ShopifyScopes.missing(details.scopes(), ShopifyScopes.REQUIRED);
        if (!missing.isEmpty()) {
            return new Result.MissingScopes(missing);
        }
        return switch (establish.establish(shop, access, InstallMethod.ACCESS_TOKEN, details.scopes(), command.webhookSecret(),
                command.sync(), command.ordersCreatedSince())) {
            case EstablishConnection.Outcome.Established done -> new Result.Connected(done,
                    ShopifyScopes.missing(details.scopes(), ShopifyScopes.RECOMMENDED));
            case EstablishConnection.Outcome.DomainTaken taken -> new Result.DomainTaken(command.domain(), taken.owner());
        };
    }

    public sealed interface Result {
        /** @param missingRecommended scopes the token lacks that would let a sync read more */
        record Connected(EstablishConnection.Outcome.Established connection, Set<String> missingRecommended) implements Result {
            public Connected {
                missingRecommended = Set.copyOf(missingRecommended);
            }
        }

        record ShopNotFound(ShopId shop) implements Result {
        }

        /** No key to seal the token with is configured: nothing is stored in clear. */
        record KeyMissing(String howToSet) implements Result {
        }

        record DomainTaken(ShopDomain domain, ShopId owner) implements Result {
        }

        /** Shopify refused the token, or could not be reached to try it. */
        record Refused(ShopifyFailure failure) implements Result {
        }

        record MissingScopes(Set<String> scopes) implements Result {
            public MissingScopes {
                scopes = Set.copyOf(scopes);
            }
        }
    }
}
