package com.cartwise.application.access.keys;

import com.cartwise.application.access.KeyId;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;

/** The operator revokes a shop's key (a lost till, a leaked extension): it stops working. */
public final class RevokeApiKey {
    private final ApiKeys keys;
    private final Authenticate authenticate;
    private final Clock clock;

    public RevokeApiKey(ApiKeys keys, Authenticate authenticate, Clock clock) {
        this.keys = keys;
        this.authenticate = authenticate;
        this.clock = clock;
    }

    public Result execute(ShopId shop, KeyId key) {
        boolean revoked = keys.revoke(shop, key, clock.instant());
        authenticate.forget(key);
        return revoked ? new Result.Revoked(key) : new Result.NotFound(shop, key);
    }

    public sealed interface Result {
        record Revoked(KeyId key) implements Result {
        }

        /** The shop has no such key, or it is revoked already. */
        record NotFound(ShopId shop, KeyId key) implements Result {
        }
    }
}
