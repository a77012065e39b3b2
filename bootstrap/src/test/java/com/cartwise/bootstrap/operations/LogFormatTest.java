package com.cartwise.bootstrap.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.status.Status;
import com.cartwise.bootstrap.cli.ServeCommand;
import ch.qos.logback.core.status.StatusUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** logback.xml's two formats, chosen by CARTWISE_LOG_FORMAT: text with the request id, or one JSON object a line. */
class LogFormatTest {

    @Test
    void jsonLogsCarryTheRequestIdAsAField() throws Exception {
        Appender<ILoggingEvent> appender = rootAppender("json");

        assertEquals("json", appender.getName());
        JsonEncoder encoder = (JsonEncoder) ((OutputStreamAppender<ILoggingEvent>) appender).getEncoder();
        String line = new String(encoder.encode(event("queued job 7")), StandardCharsets.UTF_8);
        assertTrue(line.contains("\"request_id\": \"ticket-4711\"") || line.contains("\"request_id\":\"ticket-4711\""), line);
        assertTrue(line.contains("queued job 7"), line);
        assertTrue(line.endsWith("\n") && !line.strip().contains("\n"), "one line per event: " + line);
    }

    @Test
    void textIsTheDefaultAndShowsTheRequestId() throws Exception {
        Appender<ILoggingEvent> appender = rootAppender(null);

        assertEquals("text", appender.getName());
        String line = encoded(appender, "queued job 7");
        assertTrue(line.contains("[ticket-4711] - queued job 7"), line);
    }

    @Test
    void whatAStartTellsItsOperatorIsPrintedBareInTextEvenWhenTheLevelIsWarn() throws Exception {
        Logger notices = noticesWithTheRootAtWarn("text");

        assertTrue(notices.isInfoEnabled());
        assertEquals(false, notices.isAdditive(), "printed once, not again by the root's text appender");
        List<Appender<ILoggingEvent>> appenders = appendersOf(notices);
        assertEquals(1, appenders.size());
        assertEquals("Cartwise is up 9.1 s after the JVM started" + System.lineSeparator(),
                encoded(appenders.getFirst(), "Cartwise is up 9.1 s after the JVM started"));
    }

    @Test
    void whatAStartTellsItsOperatorIsAJsonLineInJsonEvenWhenTheLevelIsWarn() throws Exception {
        Logger notices = noticesWithTheRootAtWarn("json");

        assertTrue(notices.isInfoEnabled());
        assertTrue(notices.isAdditive(), "written by the root's JSON appender, like every other line");
        assertEquals(List.of(), appendersOf(notices));
    }

    private static Logger noticesWithTheRootAtWarn(String format) throws Exception {
        LoggerContext context = configured(format);
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        return context.getLogger(ServeCommand.NOTICES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "json"})
    void eitherFormatStartsWithoutAWarningSoLogbackPrintsNothingOfItsOwn(String format) throws Exception {
        // logback prints its whole configuration report on standard output when any warning was
        // raised: lines of its own before the first log line, which a JSON collector cannot parse
        LoggerContext context = configured(format);

        assertTrue(highestLevel(context) < Status.WARN,
                "warnings at start: " + context.getStatusManager().getCopyOfStatusList());
    }

    @Test
    void anUnknownFormatIsReportedAtStart() throws Exception {
        LoggerContext context = configured("yaml");

        // a warning: logback prints its report, this line among them
        assertTrue(highestLevel(context) >= Status.WARN, context.getStatusManager().getCopyOfStatusList().toString());
        assertTrue(context.getStatusManager().getCopyOfStatusList().stream()
                .anyMatch(s -> s.getMessage().contains("logging/yaml.xml")), "the unknown format's file is named");
    }

    private static int highestLevel(LoggerContext context) {
        return new StatusUtil(context).getHighestLevel(0);
    }

    private static LoggerContext configured(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        if (format != null) {
            context.putProperty("CARTWISE_LOG_FORMAT", format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        return context;
    }

    private static Appender<ILoggingEvent> rootAppender(String format) throws Exception {
        LoggerContext context = configured(format);
        List<Appender<ILoggingEvent>> appenders = appendersOf(context.getLogger(Logger.ROOT_LOGGER_NAME));
        assertEquals(1, appenders.size(), appenders.toString());
        return appenders.getFirst();
    }

    private static List<Appender<ILoggingEvent>> appendersOf(Logger logger) {
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        logger.iteratorForAppenders().forEachRemaining(appenders::add);
        return appenders;
    }

    private static String encoded(Appender<ILoggingEvent> appender, String message) {
        return new String(((OutputStreamAppender<ILoggingEvent>) appender).getEncoder().encode(event(message)), StandardCharsets.UTF_8);
    }

    private static LoggingEvent event(String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerName("com.cartwise.Test");
        event.setLevel(ch.qos.logback.classic.Level.INFO);
        event.setMessage(message);
        event.setThreadName("main");
        event.setTimeStamp(0);
        event.setMDCPropertyMap(Map.of("request_id", "ticket-4711"));
        return event;
    }
}
