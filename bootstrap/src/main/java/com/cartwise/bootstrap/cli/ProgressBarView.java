package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.JobProgressEvent;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A job's progress as a progress bar: rows read, rows per second, the server's ETA, and the phase
 * with the server's percent as the bar's message. The rows a file holds are known only once it is
 * read, so the bar counts without an end while the job reads and is full from then on, while the
 * phases that follow (loading, checking, merging) advance the percent in its message.
 */
final class ProgressBarView implements JobProgressView {
    /** Plain lines are for logs: one every few seconds says enough. */
    private static final int LINE_INTERVAL_MILLIS = 5_000;
    private static final int LINE_WIDTH = 120;
    private static final String JLINE_PROVIDERS = "org.jline.terminal.providers";
    /** The phases after reading: every row of the upload has been counted. */
    private static final Set<String> COUNTED = Set.of("loading", "checking", "merging", "done");

    private final ProgressBar bar;
    private volatile OptionalLong etaSeconds = OptionalLong.empty();
    private boolean counted;

    private ProgressBarView(ProgressBarBuilder builder) {
        this.bar = builder
                .setTaskName("Import")
                .setInitialMax(-1)
                .setUnit(" rows", 1)
                .showSpeed(new DecimalFormat("#,##0"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setEtaFunction(state -> etaSeconds.isPresent() ? Optional.of(Duration.ofSeconds(etaSeconds.getAsLong()))
                        : Optional.empty())
                .build();
    }

    /** Redrawn in place on the terminal's standard error. */
    static ProgressBarView onTerminal() {
        // JLine (the bar's terminal library) would first load a native library, which JDK 24+ warns about on
        // standard error; where stty runs (Linux, macOS) it tells the terminal's width as well.
        if (System.getProperty(JLINE_PROVIDERS) == null) {
            System.setProperty(JLINE_PROVIDERS, "exec,jni");
        }
        return new ProgressBarView(new ProgressBarBuilder().setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200));
    }

    /** A plain line every few seconds, without carriage returns or escape sequences: for CI logs and pipes. */
    static ProgressBarView asLines(PrintWriter out) {
        return new ProgressBarView(new ProgressBarBuilder()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(LINE_INTERVAL_MILLIS)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    out.println(line);
                    out.flush();
                }, LINE_WIDTH)));
    }

    @Override
    public synchronized void show(JobProgressEvent event) {
        etaSeconds = event.etaSeconds();
        bar.stepTo(event.rowsRead());
        if (!counted && COUNTED.contains(event.phase())) {
            counted = true;
            bar.maxHint(event.rowsRead());
        }
        bar.setExtraMessage(String.format(Locale.ROOT, " %s %.0f%%", event.phase(), event.percent()));
    }

    @Override
    public synchronized void close() {
        bar.close();
    }
}
