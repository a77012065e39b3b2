package com.cartwise.application.shopify.connect;

import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.shopify.ConnectionState;
import com.cartwise.domain.shop.ShopId;
import java.time.Clock;

/**
 * The merchant disconnects the shop: its token is erased at once, syncs stop, and webhooks that
 * still come are no longer merged (privacy webhooks still are). The shop's data stays.
 */
public final class DisconnectShopify {
    private final ShopifyConnections connections;
    private final Clock clock;

    public DisconnectShopify(ShopifyConnections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    public Result execute(ShopId shop) {
        return connections.end(shop, ConnectionState.DISCONNECTED, clock.instant()) ? new Result.Disconnected(shop)
                : new Result.NotConnected(shop);
    }

    public sealed interface Result {
        record Disconnected(ShopId shop) implements Result {
        }

        record NotConnected(ShopId shop) implements Result {
        }
    }
}
