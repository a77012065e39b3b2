package com.cartwise.bootstrap.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.bundles.BundleRecommendation;
import com.cartwise.application.bundles.RecommendationQuery;
import com.cartwise.application.port.BundleRecommendations;
import com.cartwise.application.port.OrderHistory;
import com.cartwise.application.recommend.RecommendForCart;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.demo.DemoShopGenerator;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.catalog.VariantKey;
import com.cartwise.domain.orders.BasketHistory;
import com.cartwise.domain.recommend.serving.TrainedModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo goes in through the use cases once (trained, its bundles generated); a restart on the same data finds it and adds nothing. */
class DemoShopInstallerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aSecondStartFindsTheDemoShopAndDuplicatesNothing() {
        BasketHistory first;
        RecommendForCart.Result answerBefore;
        List<BundleRecommendation> bundlesBefore;
        try (CartwiseServer server = TestServers.embedded(dataDirectory)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            TrainedModel model = new DemoShopInstaller(server.context(), new PrintStream(printed, true, StandardCharsets.UTF_8)).install();

            assertEquals(1, model.version());
            first = baskets(server);
            assertEquals(new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).generate().orders().size(), first.orders());
            assertEquals(0, first.unresolvedLines(), "every demo order line names a catalogue variant");
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("generated"), printed.toString(StandardCharsets.UTF_8));
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Generated "), printed.toString(StandardCharsets.UTF_8));
            answerBefore = askForADesignedComplement(server);
            bundlesBefore = bundles(server);
            assertTrue(bundlesBefore.size() > 40, "the demo's bundles fill every named wave: " + bundlesBefore.size());
        }

        try (CartwiseServer server = TestServers.embedded(dataDirectory)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            TrainedModel model = new DemoShopInstaller(server.context(), new PrintStream(printed, true, StandardCharsets.UTF_8)).install();

            assertEquals(1, model.version(), "not retrained");
            BasketHistory again = baskets(server);
            assertEquals(first.orders(), again.orders());
            assertEquals(first.lines(), again.lines());
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("found"), printed.toString(StandardCharsets.UTF_8));
            // The model is read back from PostgreSQL, so the till gets the same answer as before.
            RecommendForCart.Result answerAfter = askForADesignedComplement(server);
            // the same answer but for its recommendation_id, which every answer draws anew
            RecommendForCart.Result.Recommended before = (RecommendForCart.Result.Recommended) answerBefore;
            RecommendForCart.Result.Recommended after = (RecommendForCart.Result.Recommended) answerAfter;
            assertEquals(new RecommendForCart.Result.Recommended(after.recommendationId(), before.modelVersion(), before.metric(),
                    before.recommendations(), before.source(), before.reason()), after);
            assertEquals(3, ((RecommendForCart.Result.Recommended) answerAfter).recommendations().size());
            assertTrue(!printed.toString(StandardCharsets.UTF_8).contains("Generated "), "no second generation");
            assertEquals(bundlesBefore, bundles(server));
        }
    }

    private static RecommendForCart.Result askForADesignedComplement(CartwiseServer server) {
        String anchor = new DemoShopGenerator(DemoShopGenerator.DEFAULT_SEED).designedComplements().keySet().iterator().next();
        return server.context().getBean(RecommendForCart.class).execute(
                new RecommendForCart.Command(DemoShopGenerator.SHOP_ID, List.of(new VariantKey.BySku(anchor)), 3));
    }

    private static List<BundleRecommendation> bundles(CartwiseServer server) {
        return server.context().getBean(BundleRecommendations.class).list(RecommendationQuery.all(DemoShopGenerator.SHOP_ID,
                RecommendationQuery.MAX_LIMIT));
    }

    private static BasketHistory baskets(CartwiseServer server) {
        return server.context().getBean(OrderHistory.class).baskets(DemoShopGenerator.SHOP_ID);
    }
}
