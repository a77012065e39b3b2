package com.cartwise.application.shopify.install;

import com.cartwise.application.port.InstallStates;
import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyOAuth;
import com.cartwise.application.port.ShopifySignatures;
import com.cartwise.application.port.Shops;
import com.cartwise.application.shopify.InstallMethod;
import com.cartwise.application.shopify.InstallState;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.application.shopify.connect.EstablishConnection;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.Money;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify sends the merchant back after they approved the app: the redirect must be signed by the
 * app's secret, recent, and carry a state nonce Cartwise gave out for this very shop domain (used
 * once). The code is then exchanged for the shop's token, which is stored sealed like a pasted one;
 * webhooks are subscribed and the historical sync starts.
 */
public final class CompleteShopifyInstall {
    private final Optional<ShopifyApp> app;
    private final ShopifySignatures signatures;
    private final InstallStates states;
    private final ShopifyOAuth oauth;
    private final ShopifyAdmin admin;
    private final Shops shops;
    private final EstablishConnection establish;
    private final Duration maxAge;
    private final Clock clock;

    /** @param maxAge a redirect whose timestamp is older is refused (as long as a state nonce lives) */
    public CompleteShopifyInstall(Optional<ShopifyApp> app, ShopifySignatures signatures, InstallStates states, ShopifyOAuth oauth,
                                  ShopifyAdmin admin, Shops shops, EstablishConnection establish, Duration maxAge, Clock clock) {
        this.app = app;
        this.signatures = signatures;
        this.states = states;
        this.oauth = oauth;
        this.admin = admin;
        this.shops = shops;
        this.establish = establish;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Result execute(Map<String, List<String>> query) {
        if (app.isEmpty()) {
            return new Result.AppNotConfigured(StartShopifyInstall.NOT_CONFIGURED);
        }
        if (!signatures.redirectSigned(query, app.get().clientSecret())) {
            return new Result.Unauthentic("the redirect is not signed by Shopify");
        }
        Instant now = clock.instant();
        if (!recent(StartShopifyInstall.first(query, "timestamp"), now)) {
            return new Result.Unauthentic("the redirect is stale or undated");
        }
        ShopDomain domain;
        try {
            domain = ShopDomain.of(StartShopifyInstall.first(query, "shop"));
        } catch (InvalidInputException e) {
            return new Result.Unauthentic("the redirect names no shop domain");
        }
        String code = StartShopifyInstall.first(query, "code");
        Optional<InstallState> state = InstallStateText.parse(StartShopifyInstall.first(query, "state"))
                .flatMap(parsed -> states.take(parsed.shop(), parsed.nonce(), now))
                .filter(remembered -> remembered.domain().equals(domain));
        if (state.isEmpty() || code == null || code.isBlank()) {
            return new Result.Unauthentic("the install's state is unknown, used, expired or for another shop: start the install again");
        }
        try {
            ShopifyOAuth.Grant grant = oauth.exchange(domain, app.get().clientId(), app.get().clientSecret(), code);
            ShopifyAccess access = new ShopifyAccess(domain, grant.token());
            ShopId shop = state.get().shop();
            if (state.get().createsShop() && shops.find(shop).isEmpty()) {
                ShopifyAdmin.ShopDetails details = admin.shop(access);
                shops.add(new Shop(shop, details.name().isBlank() ? domain.name() : details.name(),
                        Money.currency(details.currencyCode())));
            }
            return switch (establish.establish(shop, access, InstallMethod.OAUTH, grant.scopes(), Optional.empty(), true,
                    Optional.empty())) {
                case EstablishConnection.Outcome.Established done -> new Result.Installed(done);
                case EstablishConnection.Outcome.DomainTaken taken -> new Result.DomainTaken(domain, taken.owner());
            };
        } catch (ShopifyFailure e) {
            return new Result.ExchangeFailed(e);
        }
    }

    private boolean recent(String timestamp, Instant now) {
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return !at.isBefore(now.minus(maxAge)) && !at.isAfter(now.plus(maxAge));
        } catch (NumberFormatException | DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    public sealed interface Result {
        record Installed(EstablishConnection.Outcome.Established connection) implements Result {
        }

        record AppNotConfigured(String howToSet) implements Result {
        }

        record Unauthentic(String why) implements Result {
        }

        record DomainTaken(ShopDomain domain, ShopId owner) implements Result {
        }

        /** Shopify refused the code (used twice, expired) or could not be reached. */
        record ExchangeFailed(ShopifyFailure failure) implements Result {
        }
    }
}
