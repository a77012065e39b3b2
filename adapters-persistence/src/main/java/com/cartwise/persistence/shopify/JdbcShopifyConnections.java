package com.cartwise.persistence.shopify;

import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.shopify.ConnectionState;
import com.cartwise.application.shopify.InstallMethod;
import com.cartwise.application.shopify.ShopifyConnection;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link ShopifyConnections} in {@code shopify_connections} and the domain directory {@code shopify_shop_domains}. */
@Singleton
public final class JdbcShopifyConnections implements ShopifyConnections {
    private static final String COLUMNS = "shop_id, shop_domain, state, installed_by, scopes, webhook_secret IS NOT NULL AS own_secret,"
            + " connected_at, ended_at";

    private final TransactionalJdbc jdbc;

    JdbcShopifyConnections(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ShopifyConnection> find(ShopId shop) {
        return jdbc.read(c -> find(c, shop));
    }

    private static Optional<ShopifyConnection> find(Connection c, ShopId shop) throws SQLException {
        return Bound.one(c, "SELECT " + COLUMNS + " FROM shopify_connections WHERE shop_id = ?", JdbcShopifyConnections::connection,
                shop.value());
    }

    @Override
    public Optional<ShopId> shopOf(ShopDomain domain) {
        return jdbc.read(c -> Bound.one(c, "SELECT shop_id FROM shopify_shop_domains WHERE shop_domain = ?",
                row -> ShopId.of(row.getString(1)), domain.value()));
    }

    @Override
    public Saved connect(NewConnection n) {
        return jdbc.write(c -> {
            // The shop's row serialises two connects of one shop; the domain's key, two shops claiming one domain.
            Bound.list(c, "SELECT id FROM shops WHERE id = ? FOR UPDATE", row -> row.getString(1), n.shop().value());
            Optional<ShopId> owner = Bound.one(c, "SELECT shop_id FROM shopify_shop_domains WHERE shop_domain = ? FOR UPDATE",
                    row -> ShopId.of(row.getString(1)), n.domain().value());
            if (owner.isPresent() && !owner.get().equals(n.shop())) {
                return new Saved.DomainTaken(owner.get());
            }
            Bound.update(c, "DELETE FROM shopify_shop_domains WHERE shop_id = ?", n.shop().value());
            Bound.update(c, "INSERT INTO shopify_shop_domains (shop_domain, shop_id) VALUES (?, ?)", n.domain().value(),
                    n.shop().value());
            Bound.update(c, """
                    INSERT INTO shopify_connections (shop_id, shop_domain, state, installed_by, scopes, access_token, webhook_secret,
                                                     connected_at, ended_at)
                    VALUES (?, ?, 'connected', ?, ?, ?, ?, ?, NULL)
                    ON CONFLICT (shop_id) DO UPDATE SET shop_domain = excluded.shop_domain, state = excluded.state,
                        installed_by = excluded.installed_by, scopes = excluded.scopes, access_token = excluded.access_token,
                        webhook_secret = excluded.webhook_secret, connected_at = excluded.connected_at, ended_at = NULL""",
                    n.shop().value(), n.domain().value(), n.installedBy().wireName(), n.scopes().stream().sorted().toArray(String[]::new),
                    n.sealedToken(), n.sealedWebhookSecret().isPresent() ? n.sealedWebhookSecret().get() : Bound.NULL_BYTES, n.at());
            return new Saved.Connected(find(c, n.shop()).orElseThrow());
        });
    }

    @Override
    public Optional<byte[]> sealedToken(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, "SELECT access_token FROM shopify_connections WHERE shop_id = ? AND state = 'connected'",
                row -> row.getBytes(1), shop.value()));
    }

    @Override
    public Optional<byte[]> sealedWebhookSecret(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, "SELECT webhook_secret FROM shopify_connections WHERE shop_id = ?"
                + " AND webhook_secret IS NOT NULL", row -> row.getBytes(1), shop.value()));
    }

    @Override
    public boolean end(ShopId shop, ConnectionState state, Instant at) {
        if (state == ConnectionState.CONNECTED) {
            throw new IllegalArgumentException("a connection ends disconnected or uninstalled");
        }
        return jdbc.write(c -> Bound.update(c, """
                UPDATE shopify_connections SET state = ?, access_token = NULL, ended_at = ?
                WHERE shop_id = ? AND state = 'connected'""", state.wireName(), at, shop.value()) == 1);
    }

    @Override
    public List<ShopId> connectedShops() {
        return jdbc.read(c -> Bound.list(c, "SELECT shop_id FROM shopify_connections WHERE state = 'connected' ORDER BY shop_id",
                row -> ShopId.of(row.getString(1))));
    }

    private static ShopifyConnection connection(ResultSet row) throws SQLException {
        return new ShopifyConnection(ShopId.of(row.getString("shop_id")), ShopDomain.of(row.getString("shop_domain")),
                ConnectionState.fromWireName(row.getString("state")), InstallMethod.fromWireName(row.getString("installed_by")),
                Set.copyOf(SqlValues.strings(row.getArray("scopes"))), row.getBoolean("own_secret"),
                SqlValues.instant(row, "connected_at"), Bound.instant(row, "ended_at"));
    }
}
