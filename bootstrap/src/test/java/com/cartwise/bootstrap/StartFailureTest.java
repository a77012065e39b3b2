package com.cartwise.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.BeanContextException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StartFailureTest {
    private static final String NL = System.lineSeparator();

    @Test
    void saysEachCauseOnALineOfItsOwn() {
        IllegalStateException failure = new IllegalStateException("could not start the embedded PostgreSQL in data/postgres",
                new java.io.IOException("No space left on device"));

        assertEquals("Cartwise stopped: could not start the embedded PostgreSQL in data/postgres" + NL
                + "  because: No space left on device", StartFailure.explain(failure));
    }

    @Test
    void anUnreachableDatabaseIsNamedFirstWithoutTheContainersPathOrRepeatedCauses() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct.", "08001",
                new ConnectException("Connection refused"));
        RuntimeException pool = new RuntimeException("Failed to initialize pool: " + refused.getMessage(), refused);
        BeanInstantiationException bean = new BeanInstantiationException("Error instantiating bean of type [DataSourceConnectionOperations]"
                + NL + NL + "Message: " + pool.getMessage() + NL + "Path Taken:" + NL + "new JdbcModelStore([TransactionalJdbc jdbc])", pool);
        BeanContextException top = new BeanContextException("Bean definition [RecommendationServiceHealth] could not be loaded: "
                + bean.getMessage(), bean);

        assertEquals("Cartwise stopped: could not connect to its PostgreSQL database (DATABASE_URL, or datasources.default.url with its"
                + " username and password)" + NL
                + "  because: Failed to initialize pool: Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct." + NL
                + "  because: Connection refused", StartFailure.explain(top));
    }

    @Test
    void aRefusedLoginOrAMissingDatabaseIsTheDatabaseToo() {
        SQLException login = new SQLException("FATAL: password authentication failed for user \"shop\"", "28P01");
        SQLException missing = new SQLException("FATAL: database \"shop\" does not exist", "3D000");
        SQLException query = new SQLException("ERROR: relation \"orders\" does not exist", "42P01");

        assertEquals(true, StartFailure.explain(new RuntimeException("Failed to initialize pool: " + login.getMessage(), login))
                .startsWith("Cartwise stopped: could not connect to its PostgreSQL database"));
        assertEquals(true, StartFailure.explain(missing).startsWith("Cartwise stopped: could not connect to its PostgreSQL database"));
        assertEquals("Cartwise stopped: ERROR: relation \"orders\" does not exist", StartFailure.explain(query));
    }

    @Test
    void aContainerFailureWithNoCauseKeepsItsMessageWithoutThePath() {
        BeanInstantiationException alone = new BeanInstantiationException("Error instantiating bean of type [Thing]" + NL + NL
                + "Message: cartwise.jobs.workers must be 0 or more, but was -1" + NL + "Path Taken:" + NL + "new Thing()", (Throwable) null);

        assertEquals("Cartwise stopped: cartwise.jobs.workers must be 0 or more, but was -1", StartFailure.explain(alone));
    }
}
