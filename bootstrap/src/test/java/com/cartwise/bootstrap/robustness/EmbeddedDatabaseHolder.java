package com.cartwise.bootstrap.robustness;

import com.cartwise.bootstrap.database.EmbeddedDatabase;
import java.nio.file.Path;

/** The main of a child JVM that starts Cartwise's embedded PostgreSQL in a directory and holds it until killed. */
public final class EmbeddedDatabaseHolder {
    static final String READY = "embedded PostgreSQL ready";

    private EmbeddedDatabaseHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0, false, System.out::println);
        System.out.println(READY + " on port " + database.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
