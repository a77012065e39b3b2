package com.cartwise.bootstrap.shopify;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link ShopifyWorld} for a whole test class (a Cartwise takes seconds to start), and the
 * standard output and error it writes while it runs, where the tests look for leaked secrets.
 */
abstract class ShopifyWorldTest {
    @TempDir
    static Path dataDirectory;
    static CapturedOutput output;
    static ShopifyWorld world;

    @BeforeAll
    static void startWorld() {
        output = new CapturedOutput();
        world = new ShopifyWorld(dataDirectory, Map.of());
    }

    @AfterAll
    static void stopWorld() {
        if (world != null) {
            world.close();
        }
        if (output != null) {
            output.close();
        }
    }
}
