package com.cartwise.persistence.orders;

import static com.cartwise.persistence.testing.Fixtures.line;
import static com.cartwise.persistence.testing.Fixtures.newShop;
import static com.cartwise.persistence.testing.Fixtures.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.orders.Order;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.PooledConnections;
import com.cartwise.persistence.TransactionalJdbc;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Staged;
import com.cartwise.persistence.testing.TestDatabase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's order history with every read shared by two sessions (a large shop's way), held to
 * the same contract; and the sessions themselves: one snapshot, and one session when the pool has
 * no second.
 */
class JdbcOrderHistoryInTwoSessionsTest extends OrderHistoryContract {
    private static final TransactionalJdbc JDBC = TestDatabase.context().getBean(TransactionalJdbc.class);
    private static final PooledConnections SESSIONS = TestDatabase.context().getBean(PooledConnections.class);

    @Override
    protected Ports ports() {
        return PostgresPorts.shared();
    }

    @Override
    protected OrderHistory orderHistory() {
        return new JdbcOrderHistory(JDBC, SESSIONS, 1);
    }

    @Test
    void bothSessionsReadTheDatabaseAsItWasWhenTheFirstBegan() throws SQLException {
        ShopId shop = stocked();
        Staged.orders(ports(), shop, orders(1, 3).iterator());

        try (SharedSnapshot snapshot = SharedSnapshot.open(SESSIONS)) {
            Staged.orders(ports(), shop, orders(4, 5).iterator());

            assertTrue(snapshot.second().isPresent());
            assertEquals(3, ordersOf(snapshot.first(), shop), "the first session");
            // its own transaction began after the new orders were committed: it sees the first's snapshot all the same
            assertEquals(3, ordersOf(snapshot.second().get(), shop), "the second session");
        }
        assertEquals(5, orderHistory().baskets(shop).orders());
    }

    @Test
    void aReadThatFindsNoSecondConnectionReadsEverythingInTheFirstSession() {
        ShopId shop = stocked();
        Staged.orders(ports(), shop, orders(1, 40).iterator());
        PooledConnections oneAtATime = new PooledConnections(new OneConnectionAtATime(
                DelegatingDataSource.unwrapDataSource(TestDatabase.context().getBean(DataSource.class))));

        BasketHistory read = new JdbcOrderHistory(JDBC, oneAtATime, 1).baskets(shop);

        assertEquals(ports().orderHistory().baskets(shop), read);
        assertEquals(40, read.orders());
    }

    @Test
    void aReadWhileThePoolHasNoConnectionFreeReadsInOneSessionWithoutWaitingForOne() throws SQLException {
        ShopId shop = stocked();
        Staged.orders(ports(), shop, orders(1, 40).iterator());
        List<Connection> taken = new ArrayList<>();
        try {
            // every connection but one out: the read's first session takes the last
            for (Optional<Connection> free = SESSIONS.openIfFree(); free.isPresent(); free = SESSIONS.openIfFree()) {
                taken.add(free.get());
            }
            taken.removeLast().close();
            long started = System.nanoTime();

            BasketHistory read = orderHistory().baskets(shop);

            assertTrue(System.nanoTime() - started < 2_000_000_000L, "read without waiting out the pool's 5 s timeout");
            assertEquals(40, read.orders());
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertEquals(ports().orderHistory().baskets(shop), orderHistory().baskets(shop));
    }

    @Test
    void aReadSharedByTwoSessionsGivesWhatOneSessionGives() {
        ShopId shop = stocked();
        Staged.orders(ports(), shop, orders(1, 200).iterator());

        BasketHistory shared = orderHistory().baskets(shop);
        BasketHistory later = orderHistory().baskets(shop, 57);

        assertEquals(ports().orderHistory().baskets(shop), shared);
        assertEquals(200, shared.orders());
        assertEquals(ports().orderHistory().baskets(shop, 57), later);
        assertEquals(143, later.orders());
        assertEquals(143 * 2, later.lines());
        // orders #63, #71, ... have a lace no variant is: 18 of the 143 lines
        assertEquals(18, later.unresolvedLines());
        assertFalse(later.baskets().isEmpty());
    }

    /** Orders #first to #last, a minute apart, of a boot and one of seven waxes (the catalogue of {@link #stocked}), or a lace that none is. */
    private static List<Order> orders(int first, int last) {
        Instant start = Instant.parse("2024-03-04T10:00:00Z");
        return IntStream.rangeClosed(first, last)
                .mapToObj(n -> new Order("#" + n, start.plusSeconds(60L * n), Currency.getInstance("EUR"),
                        List.of(line("Boot", "BOOT"), n % 8 == 7 ? line("Lace", "LACE") : line("Wax " + n % 8, "WAX-" + n % 8))))
                .toList();
    }

    private ShopId stocked() {
        ShopId shop = newShop(ports().shops(), "EUR");
        List<VariantRecord> catalogue = new ArrayList<>(List.of(variant("boot", "Boot", "BOOT", "100")));
        for (int w = 0; w < 7; w++) {
            catalogue.add(variant("wax-" + w, "Wax " + w, "WAX-" + w, "9"));
        }
        Staged.catalogue(ports(), shop, catalogue.iterator());
        return shop;
    }

    private static long ordersOf(Connection session, ShopId shop) throws SQLException {
        try (Statement count = session.createStatement();
             ResultSet rows = count.executeQuery("SELECT count(*) FROM orders WHERE shop_id = '" + shop.value() + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A pool of one: a second connection asked for while the first is out times out, as a busy pool's does. */
    private static final class OneConnectionAtATime implements DataSource {
        private final DataSource pool;
        private final AtomicInteger out = new AtomicInteger();

        OneConnectionAtATime(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (out.incrementAndGet() > 1) {
                out.decrementAndGet();
                throw new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms");
            }
            Connection connection = pool.getConnection();
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            out.decrementAndGet();
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLException("not used");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
