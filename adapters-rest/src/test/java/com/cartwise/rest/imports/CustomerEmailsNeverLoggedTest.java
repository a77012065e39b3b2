package com.cartwise.rest.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.cartwise.rest.Api.Response;
import com.cartwise.rest.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A customers export is personal data: stored for features, never written to a log. Customers are
 * imported, refused and imported leniently through the REST endpoint and the import job while
 * every logger of the process is at its most verbose, and no e-mail address of the files reaches
 * a log line, its arguments or a stack trace.
 */
@MicronautTest
class CustomerEmailsNeverLoggedTest extends ApiTest {
    private static final List<String> EMAILS = List.of("anna.muster@example.com", "ben.beispiel@example.org",
            "carla.exempel@example.net");
    private static final String HEADER = "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Total Spent,Total Orders,Tags";

    @Test
    void noEmailOfACustomersExportReachesTheLogWhetherItIsImportedRefusedOrImportedLeniently() {
        givenShop("privacy-shop");
        String imports = imports("privacy-shop");
        List<String> logged;
        try (LogCapture capture = LogCapture.everything()) {
            Response imported = api.uploadAndWait(imports, "customers_export.csv", String.join("\n", HEADER,
                    ",Anna,Muster," + EMAILS.get(0) + ",yes,120.50,3,vip",
                    "7002,Ben,Beispiel," + EMAILS.get(1) + ",no,0.00,0,"));
            // Carla twice, keyed by her e-mail: the upload is refused at her second listing.
            Response refused = api.uploadAndWait(imports, "customers_export.csv", String.join("\n", HEADER,
                    ",Carla,Exempel," + EMAILS.get(2) + ",yes,45.00,1,",
                    ",Anna,Muster," + EMAILS.get(0) + ",yes,130.50,4,",
                    ",Carla,Exempel," + EMAILS.get(2) + ",yes,45.00,1,"));
            // And leniently, with a row the reader refuses besides.
            Response lenient = api.uploadAndWait(imports + "?lenient=true", "customers_export.csv", String.join("\n", HEADER,
                    ",Carla,Exempel," + EMAILS.get(2) + ",yes,45.00,1,",
                    ",Anna,Muster," + EMAILS.get(0) + ",maybe,120.50,3,",
                    ",Carla,Exempel," + EMAILS.get(2) + ",yes,45.00,1,",
                    "7002,Ben,Beispiel," + EMAILS.get(1) + ",no,10.00,1,"));

            assertEquals(201, imported.status(), imported.body().toString());
            assertEquals(400, refused.status(), refused.body().toString());
            assertEquals(4L, refused.body().number("line"));
            assertEquals(201, lenient.status(), lenient.body().toString());
            assertEquals(3L, lenient.body().number("rows_rejected"));
            logged = capture.lines();
        }

        assertTrue(logged.size() > 10, "the capture saw the process's logging: " + logged.size() + " lines");
        for (String email : EMAILS) {
            assertEquals(List.of(), logged.stream().filter(line -> line.toLowerCase(Locale.ROOT).contains(email)).toList(),
                    email + " was logged");
        }
    }

    /**
     * Every log line of the process while open: logback's loggers (SLF4J's) opened to every level,
     * and java.util.logging's (where the JDK's System.Logger writes in this module) too. The console
     * is spared the flood meanwhile.
     */
    private static final class LogCapture implements AutoCloseable {
        private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final ListAppender<ILoggingEvent> events = new ListAppender<>();
        private final Map<Logger, Level> levels = new HashMap<>();
        private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
        private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        private final java.util.logging.Level julLevel = julRoot.getLevel();
        private final List<LogRecord> julRecords = Collections.synchronizedList(new ArrayList<>());
        private final Handler julHandler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julRecords.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        static LogCapture everything() {
            LogCapture capture = new LogCapture();
            capture.open();
            return capture;
        }

        private void open() {
            for (Logger logger : context.getLoggerList()) {
                if (logger.getLevel() != null) {
                    levels.put(logger, logger.getLevel());
                    logger.setLevel(Level.ALL);
                }
            }
            root.iteratorForAppenders().forEachRemaining(detached::add);
            detached.forEach(root::detachAppender);
            events.setContext(context);
            events.start();
            root.addAppender(events);
            julHandler.setLevel(java.util.logging.Level.ALL);
            julRoot.addHandler(julHandler);
            julRoot.setLevel(java.util.logging.Level.ALL);
        }

        /** Each event as text: its logger, message, arguments, MDC, and its throwables' messages and frames. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (ILoggingEvent event : List.copyOf(events.list)) {
                StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
                if (event.getArgumentArray() != null) {
                    for (Object argument : event.getArgumentArray()) {
                        text.append(' ').append(argument);
                    }
                }
                text.append(' ').append(event.getMDCPropertyMap());
                for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                    text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
                    for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                        text.append(' ').append(frame.getSTEAsString());
                    }
                }
                lines.add(text.toString());
            }
            SimpleFormatter format = new SimpleFormatter();
            synchronized (julRecords) {
                for (LogRecord record : julRecords) {
                    lines.add(record.getLoggerName() + " " + format.formatMessage(record)
                            + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }
            }
            return lines;
        }

        @Override
        public void close() {
            julRoot.setLevel(julLevel);
            julRoot.removeHandler(julHandler);
            root.detachAppender(events);
            events.stop();
            detached.forEach(root::addAppender);
            levels.forEach(Logger::setLevel);
        }
    }
}
