package com.cartwise.persistence.orders;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import com.cartwise.persistence.TransactionalJdbc;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@link OrderHistory} in {@code orders} and {@code order_lines}, whose lines the import resolved
 * to variants when it merged them, so reading baskets joins nothing but an order to its lines.
 * A read of at least {@value #TWO_SESSIONS_FROM} order numbers (a full training's, not an
 * incremental update's) is shared by two sessions ({@link BasketReads}).
 */
@Singleton
public final class JdbcOrderHistory implements OrderHistory {
    /** Order numbers from which a second session pays for itself: a few tens of thousands of orders read in well under a second. */
    static final long TWO_SESSIONS_FROM = 50_000;
    /**
     * The share of the order numbers whose lines the first session reads, after the orders: the
     * two then end together on the generated million-order shop (orders a third of the scans' time).
     */
    static final double FIRST_SESSION_LINES = 0.3;

    private final TransactionalJdbc jdbc;
    private final PooledConnections sessions;
    private final long twoSessionsFrom;

    @Inject
    public JdbcOrderHistory(TransactionalJdbc jdbc, PooledConnections sessions) {
        this(jdbc, sessions, TWO_SESSIONS_FROM);
    }

    /** @param twoSessionsFrom how many order numbers a read must span to be shared by two sessions */
    JdbcOrderHistory(TransactionalJdbc jdbc, PooledConnections sessions, long twoSessionsFrom) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.twoSessionsFrom = twoSessionsFrom;
    }

    @Override
    public BasketHistory baskets(ShopId shop) {
        return baskets(shop, 0);
    }

    @Override
    public BasketHistory baskets(ShopId shop, long afterOrderId) {
        String id = shop.value();
        long last = jdbc.read(connection -> BasketReads.lastOrder(connection, id));
        if (last - afterOrderId < twoSessionsFrom) {
            return jdbc.read(connection -> BasketReads.after(connection, id, afterOrderId));
        }
        long split = afterOrderId + (long) ((last - afterOrderId) * FIRST_SESSION_LINES);
        try (SharedSnapshot snapshot = SharedSnapshot.open(sessions)) {
            Connection first = snapshot.first();
            return snapshot.second().isPresent()
                    ? BasketReads.after(first, snapshot.second().get(), id, afterOrderId, split)
                    : BasketReads.after(first, id, afterOrderId);
        } catch (SQLException e) {
            throw TransactionalJdbc.failed(e);
        }
    }
}
