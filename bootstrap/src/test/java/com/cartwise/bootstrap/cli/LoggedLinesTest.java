package com.cartwise.bootstrap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What serve prints for its operator reaches the log one line at a time, each line one INFO event. */
class LoggedLinesTest {
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Logger logger;

    @BeforeEach
    void logger() {
        LoggerContext context = new LoggerContext();
        events.setContext(context);
        events.start();
        logger = context.getLogger("notices");
        logger.addAppender(events);
    }

    @Test
    void eachLineIsOneInfoEventInOrderEmptyLinesIncluded() {
        PrintStream out = LoggedLines.to(logger);

        out.println("Cartwise is up");
        out.printf("Try it:%n  curl localhost:%d%n", 8080);
        out.println();

        assertEquals(List.of("Cartwise is up", "Try it:", "  curl localhost:8080", ""), messages());
        assertEquals(List.of(Level.INFO), events.list.stream().map(ILoggingEvent::getLevel).distinct().toList());
    }

    @Test
    void aLineWrittenInPiecesIsOneEventAndItsCharactersSurviveBeingCutInsideOne() {
        PrintStream out = LoggedLines.to(logger);
        byte[] bytes = "Bergkamm Sport & Café\r\n".getBytes(StandardCharsets.UTF_8);

        // the é's two bytes arrive in separate writes
        int cut = "Bergkamm Sport & Caf".length() + 1;
        out.write(bytes, 0, cut);
        out.flush();
        out.write(bytes, cut, bytes.length - cut);

        assertEquals(List.of("Bergkamm Sport & Café"), messages());
    }

    @Test
    void aLastLineWithoutItsEndIsLoggedWhenTheStreamCloses() {
        PrintStream out = LoggedLines.to(logger);

        out.print("stopping");
        assertEquals(List.of(), messages());
        out.close();

        assertEquals(List.of("stopping"), messages());
    }

    private List<String> messages() {
        return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
