package com.cartwise.application.shopify;

import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ShopifyConnections} and {@link ShopifySyncLog} in memory, for the use cases' specifications. */
final class MemoryConnections implements ShopifyConnections, ShopifySyncLog {
    private final Map<ShopId, ShopifyConnection> connections = new HashMap<>();
    private final Map<ShopId, byte[]> tokens = new HashMap<>();
    private final Map<ShopId, byte[]> secrets = new HashMap<>();
    private final Map<ShopDomain, ShopId> domains = new HashMap<>();
    private final Map<ShopId, SyncRecord> syncs = new HashMap<>();
    private final Map<ShopId, Instant> cursors = new HashMap<>();
    private final Map<ShopId, Instant> webhooks = new HashMap<>();
    final List<ConnectionError> errors = new ArrayList<>();

    @Override
    public synchronized Optional<ShopifyConnection> find(ShopId shop) {
        return Optional.ofNullable(connections.get(shop));
    }

    @Override
    public synchronized Optional<ShopId> shopOf(ShopDomain domain) {
        return Optional.ofNullable(domains.get(domain));
    }

    @Override
    public synchronized Saved connect(NewConnection n) {
        ShopId owner = domains.get(n.domain());
        if (owner != null && !owner.equals(n.shop())) {
            return new Saved.DomainTaken(owner);
        }
        domains.values().removeIf(n.shop()::equals);
        domains.put(n.domain(), n.shop());
        ShopifyConnection connection = new ShopifyConnection(n.shop(), n.domain(), ConnectionState.CONNECTED, n.installedBy(), n.scopes(),
                n.sealedWebhookSecret().isPresent(), n.at(), Optional.empty());
        connections.put(n.shop(), connection);
        tokens.put(n.shop(), n.sealedToken());
        n.sealedWebhookSecret().ifPresentOrElse(s -> secrets.put(n.shop(), s), () -> secrets.remove(n.shop()));
        return new Saved.Connected(connection);
    }

    @Override
    public synchronized Optional<byte[]> sealedToken(ShopId shop) {
        return find(shop).filter(ShopifyConnection::connected).map(c -> tokens.get(shop));
    }

    @Override
    public synchronized Optional<byte[]> sealedWebhookSecret(ShopId shop) {
        return Optional.ofNullable(secrets.get(shop));
    }

    @Override
    public synchronized boolean end(ShopId shop, ConnectionState state, Instant at) {
        ShopifyConnection c = connections.get(shop);
        if (c == null || !c.connected()) {
            return false;
        }
        connections.put(shop, new ShopifyConnection(shop, c.domain(), state, c.installedBy(), c.scopes(), c.ownWebhookSecret(),
                c.connectedAt(), Optional.of(at)));
        tokens.remove(shop);
        return true;
    }

    @Override
    public synchronized List<ShopId> connectedShops() {
        return connections.values().stream().filter(ShopifyConnection::connected).map(ShopifyConnection::shop).toList();
    }

    /** The stored bytes, as a copy of the database would show them. */
    synchronized byte[] storedToken(ShopId shop) {
        return tokens.get(shop);
    }

    @Override
    public synchronized void syncEnded(ShopId shop, SyncRecord sync) {
        syncs.put(shop, sync);
    }

    @Override
    public synchronized Optional<SyncRecord> lastSync(ShopId shop) {
        return Optional.ofNullable(syncs.get(shop));
    }

    @Override
    public synchronized Optional<Instant> cursor(ShopId shop) {
        return Optional.ofNullable(cursors.get(shop));
    }

    @Override
    public synchronized void advanceCursor(ShopId shop, Instant to) {
        cursors.merge(shop, to, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public synchronized void webhookReceived(ShopId shop, Instant at) {
        webhooks.put(shop, at);
    }

    @Override
    public synchronized Optional<Instant> lastWebhook(ShopId shop) {
        return Optional.ofNullable(webhooks.get(shop));
    }

    @Override
    public synchronized void error(ShopId shop, ConnectionError error) {
        errors.add(error);
    }

    @Override
    public synchronized List<ConnectionError> errors(ShopId shop) {
        return List.copyOf(errors);
    }

    @Override
    public Holdings holdings(ShopId shop) {
        return new Holdings(0, 0, 0);
    }
}
