package com.cartwise.persistence.shopify;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.jobs.JobState;
import com.cartwise.application.port.ShopifySyncLog;
import com.cartwise.application.shopify.ConnectionError;
import com.cartwise.application.shopify.SyncMode;
import com.cartwise.application.shopify.SyncRecord;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.SqlValues;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ShopifySyncLog} in {@code shopify_sync_cursors} and {@code shopify_errors}. */
@Singleton
public final class JdbcShopifySyncLog implements ShopifySyncLog {
    /** Errors kept per shop: enough to see a pattern, never a growing table. */
    static final int ERRORS_KEPT = 20;

    private final TransactionalJdbc jdbc;

    JdbcShopifySyncLog(TransactionalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void syncEnded(ShopId shop, SyncRecord sync) {
        jdbc.write(c -> Bound.update(c, """
                INSERT INTO shopify_sync_cursors (shop_id, last_sync_job, last_sync_mode, last_sync_state, last_sync_at, last_sync_message)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (shop_id) DO UPDATE SET last_sync_job = excluded.last_sync_job, last_sync_mode = excluded.last_sync_mode,
                    last_sync_state = excluded.last_sync_state, last_sync_at = excluded.last_sync_at,
                    last_sync_message = excluded.last_sync_message""",
                shop.value(), sync.job().value(), sync.mode().wireName(), sync.state().wireName(), sync.finishedAt(), sync.message()));
    }

    @Override
    public Optional<SyncRecord> lastSync(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, """
                SELECT last_sync_job, last_sync_mode, last_sync_state, last_sync_at, last_sync_message FROM shopify_sync_cursors
                WHERE shop_id = ? AND last_sync_job IS NOT NULL""",
                row -> new SyncRecord(new JobId(row.getObject(1, UUID.class)), SyncMode.fromWireName(row.getString(2)),
                        JobState.fromWireName(row.getString(3)), SqlValues.instant(row, "last_sync_at"), row.getString(5)),
                shop.value()));
    }

    @Override
    public Optional<Instant> cursor(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, "SELECT updated_since FROM shopify_sync_cursors WHERE shop_id = ? AND updated_since IS NOT NULL",
                row -> SqlValues.instant(row, "updated_since"), shop.value()));
    }

    @Override
    public void advanceCursor(ShopId shop, Instant to) {
        // Never backwards: a slow sync that began earlier must not undo a later one's progress.
        jdbc.write(c -> Bound.update(c, """
                INSERT INTO shopify_sync_cursors (shop_id, updated_since) VALUES (?, ?)
                ON CONFLICT (shop_id) DO UPDATE SET updated_since = greatest(shopify_sync_cursors.updated_since, excluded.updated_since)""",
                shop.value(), to));
    }

    @Override
    public void webhookReceived(ShopId shop, Instant at) {
        jdbc.write(c -> Bound.update(c, """
                INSERT INTO shopify_sync_cursors (shop_id, last_webhook_at) VALUES (?, ?)
                ON CONFLICT (shop_id) DO UPDATE SET last_webhook_at = greatest(shopify_sync_cursors.last_webhook_at, excluded.last_webhook_at)""",
                shop.value(), at));
    }

    @Override
    public Optional<Instant> lastWebhook(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, "SELECT last_webhook_at FROM shopify_sync_cursors WHERE shop_id = ? AND last_webhook_at IS NOT NULL",
                row -> SqlValues.instant(row, "last_webhook_at"), shop.value()));
    }

    @Override
    public void error(ShopId shop, ConnectionError error) {
        jdbc.write(c -> {
            Bound.update(c, "INSERT INTO shopify_errors (shop_id, at, source, message) VALUES (?, ?, ?, ?)", shop.value(), error.at(),
                    error.source(), error.message());
            return Bound.update(c, """
                    DELETE FROM shopify_errors WHERE shop_id = ? AND id NOT IN
                        (SELECT id FROM shopify_errors WHERE shop_id = ? ORDER BY id DESC LIMIT ?)""",
                    shop.value(), shop.value(), ERRORS_KEPT);
        });
    }

    @Override
    public List<ConnectionError> errors(ShopId shop) {
        return jdbc.read(c -> Bound.list(c, "SELECT at, source, message FROM shopify_errors WHERE shop_id = ? ORDER BY id DESC",
                row -> new ConnectionError(SqlValues.instant(row, "at"), row.getString("source"), row.getString("message")),
                shop.value()));
    }

    @Override
    public Holdings holdings(ShopId shop) {
        return jdbc.read(c -> Bound.one(c, """
                SELECT (SELECT count(*) FROM products WHERE shop_id = ?), (SELECT count(*) FROM variants WHERE shop_id = ?),
                       (SELECT count(*) FROM orders WHERE shop_id = ?)""",
                row -> new Holdings(row.getLong(1), row.getLong(2), row.getLong(3)), shop.value(), shop.value(), shop.value())
                .orElseThrow());
    }
}
