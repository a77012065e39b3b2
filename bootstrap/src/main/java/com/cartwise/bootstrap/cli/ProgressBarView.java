package com.cartwise.bootstrap.cli;

import com.cartwise.rest.client.JobProgressEvent;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A job's progress as a progress bar with the server's ETA, in one of two measures. An import's
 * bar counts rows read, with rows per second, and the phase with the server's percent as its
 * message: the rows a file holds are known only once it is read, so the bar counts without an end
 * while the job reads and is full from then on, while the phases that follow (loading, checking,
 * merging) advance the percent in its message. A bundle generation's bar is the server's percent,
 * with the phase and what it counted so far (orders, rules, bundles published) as its message.
 */
public final class ProgressBarView implements JobProgressView {
    /** Plain lines are for logs: one every few seconds says enough. */
    private static final int LINE_INTERVAL_MILLIS = 5_000;
    private static final int LINE_WIDTH = 120;
    private static final String JLINE_PROVIDERS = "org.jline.terminal.providers";
    /** The phases after reading: every row of the upload has been counted. */
    private static final Set<String> COUNTED = Set.of("loading", "checking", "merging", "done");

    /** What the bar measures. */
    public enum Measure {
        ROWS("Import"), PERCENT("Bundles");

        private final String taskName;

        Measure(String taskName) {
            this.taskName = taskName;
        }
    }

    private final ProgressBar bar;
    private final Measure measure;
    private volatile OptionalLong etaSeconds = OptionalLong.empty();
    private boolean counted;

    private ProgressBarView(ProgressBarBuilder builder, Measure measure) {
        this.measure = measure;
        builder.setTaskName(measure.taskName)
                .setEtaFunction(state -> etaSeconds.isPresent() ? Optional.of(Duration.ofSeconds(etaSeconds.getAsLong()))
                        : Optional.empty());
        if (measure == Measure.ROWS) {
            builder.setInitialMax(-1).setUnit(" rows", 1).showSpeed(new DecimalFormat("#,##0")).setSpeedUnit(ChronoUnit.SECONDS);
        } else {
            builder.setInitialMax(100).setUnit("%", 1);
        }
        this.bar = builder.build();
    }

    /** An import's bar, redrawn in place on the terminal's standard error. */
    static ProgressBarView onTerminal() {
        return onTerminal(Measure.ROWS);
    }

    /** Redrawn in place on the terminal's standard error. */
    static ProgressBarView onTerminal(Measure measure) {
        // JLine (the bar's terminal library) would first load a native library, which JDK 24+ warns about on
        // standard error; where stty runs (Linux, macOS) it tells the terminal's width as well.
        if (System.getProperty(JLINE_PROVIDERS) == null) {
            System.setProperty(JLINE_PROVIDERS, "exec,jni");
        }
        return new ProgressBarView(new ProgressBarBuilder().setStyle(ProgressBarStyle.UNICODE_BLOCK).setUpdateIntervalMillis(200), measure);
    }

    /** An import's bar as plain lines. */
    static ProgressBarView asLines(PrintWriter out) {
        return asLines(out, Measure.ROWS);
    }

    /** A plain line every few seconds, without carriage returns or escape sequences: for CI logs and pipes. */
    static ProgressBarView asLines(PrintWriter out, Measure measure) {
        return new ProgressBarView(new ProgressBarBuilder()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(LINE_INTERVAL_MILLIS)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    out.println(line);
                    out.flush();
                }, LINE_WIDTH)), measure);
    }

    @Override
    public synchronized void show(JobProgressEvent event) {
        etaSeconds = event.etaSeconds();
        if (measure == Measure.PERCENT) {
            bar.stepTo(Math.round(Math.floor(event.percent())));
            bar.setExtraMessage(" " + event.phase() + tallies(event.tallies()));
            return;
        }
        bar.stepTo(event.rowsRead());
        if (!counted && COUNTED.contains(event.phase())) {
            counted = true;
            bar.maxHint(event.rowsRead());
        }
        bar.setExtraMessage(String.format(Locale.ROOT, " %s %.0f%%", event.phase(), event.percent()));
    }

    /** " · 100,000 orders, 312 rules, 40 published" */
    private static String tallies(Map<String, Long> tallies) {
        if (tallies.isEmpty()) {
            return "";
        }
        return " · " + tallies.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public synchronized void close() {
        bar.close();
    }
}
