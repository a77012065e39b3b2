package com.cartwise.bootstrap.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.application.bundles.copy.JobCopyWriters;
import com.cartwise.application.port.CopyBudget;
import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.cartwise.application.port.Shops;
import com.cartwise.bootstrap.TestServers;
import com.cartwise.bootstrap.server.CartwiseServer;
import com.cartwise.domain.bundles.BundleType;
import com.cartwise.domain.bundles.Objective;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.openai.OpenAiCopyWriters;
import com.cartwise.openai.OpenAiSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AI copy as Cartwise wires it from application.yml. */
class CopyWriterWiringTest {
    private static final CopyBrief BRIEF = new CopyBrief(BundleType.FBT, Objective.INCREASE_AOV, List.of("Ski", "Ski Wax"), "Skis",
            "350.20 EUR", "412.00 EUR", "15% off", "");
    private static final OpenAiSettings APPLICATION_YML = new OpenAiSettings("gpt-4o-mini", URI.create("https://api.openai.com/v1"),
            Duration.ofSeconds(5), Duration.ofSeconds(30), 2, 4, 400, "English",
            "warm, concrete and concise; no exclamation marks, no superlatives");
    @TempDir
    static Path dataDirectory;
    private static CartwiseServer server;

    @BeforeAll
    static void startWithoutAKey() {
        server = TestServers.embedded(dataDirectory);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOpenAiSettingsAndTheJobBudgetAreApplicationYmls() {
        assertEquals(APPLICATION_YML, server.context().getBean(OpenAiSettings.class));
        assertEquals(new CopyBudget(200, 200_000), server.context().getBean(JobCopyWriters.class).defaultBudget());
    }

    @Test
    void withoutAKeyAJobsCopyIsUnavailableWithAMessageSayingHowToSetOne() {
        ShopId shop = ShopId.of("copy-wiring");
        server.context().getBean(Shops.class).add(new Shop(shop, "Alpine", Currency.getInstance("EUR")));

        CopyUnavailableException failure = assertThrows(CopyUnavailableException.class,
                () -> server.context().getBean(JobCopyWriters.class).forJob(shop).write(BRIEF));

        assertEquals("AI copy is off: no OpenAI API key is configured. Set the environment variable OPENAI_API_KEY"
                + " (or cartwise.copy.openai.api-key) and restart Cartwise; until then bundles get template copy", failure.getMessage());
    }

    @Test
    void withAKeyTheCopyIsOpenAis() {
        try (CopyWriterFactory.AiCopyWriters writers = new CopyWriterFactory().aiCopyWriters("sk-test-wiring", APPLICATION_YML)) {
            assertInstanceOf(OpenAiCopyWriters.class, writers.writers());
        }
    }
}
