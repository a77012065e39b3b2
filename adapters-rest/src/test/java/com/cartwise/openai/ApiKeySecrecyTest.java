package com.cartwise.openai;

import static com.cartwise.openai.OpenAiCopyWriterTest.PLENTY;
import static com.cartwise.openai.OpenAiCopyWriterTest.SKI_AND_WAX;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cartwise.application.port.CopyWriter;
import com.cartwise.application.port.CopyWriter.CopyUnavailableException;
import com.cartwise.openai.OpenAiStub.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The API key appears in no log line (at any level), no output, no exception message and no
 * toString, whatever the service answers, even when its error body quotes the key in full.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApiKeySecrecyTest {
    private final String key = "sk-test-" + UUID.randomUUID();
    private final OpenAiStub openAi = new OpenAiStub(key);
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> seen = new ArrayList<>();
    private Level rootLevel;
    private PrintStream out;
    private PrintStream err;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
        out = System.out;
        err = System.err;
        PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void release() {
        System.setOut(out);
        System.setErr(err);
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        openAi.close();
    }

    @Test
    void theKeyIsNeverLoggedPrintedOrToldWhateverHappens() {
        OpenAiSettings settings = OpenAiCopyWriterTest.settings(openAi.baseUrl(), Duration.ofMillis(300), 1, 4);
        ApiKey apiKey = ApiKey.of(key).orElseThrow();
        try (OpenAiCopyWriters writers = new OpenAiCopyWriters(apiKey, settings);
             OpenAiCopyWriters wrongKey = new OpenAiCopyWriters(ApiKey.of(key + "-revoked").orElseThrow(), settings)) {
            CopyWriter writer = writers.forJob(PLENTY);
            openAi.replies(Reply.copy("Glide", "Ski and wax.", "Go"), Reply.rateLimited().withHeader("retry-after-ms", "10"),
                    Reply.overloaded(), Reply.content("not json " + key, 10, 10),
                    Reply.copy("Glide", "Wax.", "Go").after(Duration.ofSeconds(2)));
            attempt(writer);
            attempt(writer);
            attempt(writer);
            attempt(writer);
            attempt(wrongKey.forJob(PLENTY));
            seen.add(apiKey.toString());
            seen.add(settings.toString());
            seen.add(writers.toString());
            seen.add(writer.toString());
        }

        assertTrue(openAi.requests().stream().allMatch(r -> r.authorization().startsWith("Bearer " + key)), "the key was sent");
        assertTrue(seen.stream().anyMatch(s -> s.contains("refused the API key")), String.join("\n", seen));
        assertTrue(logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("refused the API key")), "failures are logged");
        for (ILoggingEvent event : logs.list) {
            assertFalse(event.getFormattedMessage().contains(key), event.getFormattedMessage());
            for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                assertFalse(String.valueOf(thrown.getMessage()).contains(key), thrown.getMessage());
            }
        }
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains(key), printed.toString(StandardCharsets.UTF_8));
        for (String text : seen) {
            assertFalse(text.contains(key), text);
        }
    }

    private void attempt(CopyWriter writer) {
        try {
            writer.write(SKI_AND_WAX);
        } catch (CopyUnavailableException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                seen.add(String.valueOf(cause.getMessage()));
            }
        }
    }

    @Test
    void aWriterWithoutAKeyFailsWithoutCalling() {
        assertTrue(ApiKey.of("  ").isEmpty());
        assertTrue(ApiKey.of(null).isEmpty());
        assertThrows(CopyUnavailableException.class, () -> new MissingApiKey().forJob(PLENTY).write(SKI_AND_WAX));
    }
}
