package com.cartwise.application.bundles.generation;

import com.cartwise.application.port.CopyWriter;
import com.cartwise.domain.bundles.copy.BundleCopy;
import com.cartwise.domain.bundles.copy.CopyBrief;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.bundles.copy.TemplateCopyWriter;
import com.cartwise.domain.bundles.enrichment.ShopProfile;
import com.cartwise.domain.bundles.explanation.ExplainedBundle;
import com.cartwise.domain.mining.Progress;
import com.cartwise.domain.mining.WorkCancelledException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Phase 8: the copy of a wave of bundles. With AI copy on, the AI writer is asked for each
 * bundle, at most {@code concurrency} at a time (its service limits requests, and the job's
 * budget is spent one call at a time); a bundle whose copy it cannot give gets the template's,
 * and each copy records its writer. With AI copy off, the template writes every copy.
 */
final class CopyPhase {
    private static final System.Logger LOG = System.getLogger(CopyPhase.class.getName());

    private final int concurrency;
    private final TemplateCopyWriter template = new TemplateCopyWriter();

    CopyPhase(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("copy is written by at least one call at a time, but concurrency was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /**
     * The wave's bundles with their copy, in the wave's order.
     *
     * @param unavailable why the AI writer gave no copy for some bundle (its first reason), when it did not
     */
    record Written(List<ProposedBundle> bundles, int byAi, int byTemplate, Optional<String> unavailable) {
    }

    /** @param aiWriter the job's AI writer, empty when the job asked for template copy */
    Written write(List<ExplainedBundle> wave, ShopProfile shop, Optional<CopyWriter> aiWriter, Progress progress) {
        List<CopyBrief> briefs = wave.stream().map(bundle -> CopyBrief.of(bundle, shop)).toList();
        BundleCopy[] copies = new BundleCopy[briefs.size()];
        AtomicReference<String> unavailable = new AtomicReference<>();
        if (aiWriter.isPresent()) {
            writeConcurrently(aiWriter.get(), briefs, copies, unavailable, progress);
        } else {
            for (int i = 0; i < briefs.size(); i++) {
                progress.checkpoint();
                copies[i] = template.write(briefs.get(i));
                progress.report((i + 1.0) / briefs.size());
            }
        }
        int byTemplate = (int) Arrays.stream(copies).filter(c -> TemplateCopyWriter.NAME.equals(c.writer())).count();
        List<ProposedBundle> proposed = new ArrayList<>(wave.size());
        for (int i = 0; i < wave.size(); i++) {
            proposed.add(new ProposedBundle(wave.get(i), copies[i], briefs.get(i).contentHash()));
        }
        return new Written(proposed, copies.length - byTemplate, byTemplate, Optional.ofNullable(unavailable.get()));
    }

    private void writeConcurrently(CopyWriter aiWriter, List<CopyBrief> briefs, BundleCopy[] copies,
                                   AtomicReference<String> unavailable, Progress progress) {
        Semaphore calls = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger();
        boolean cancelled = false;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < briefs.size() && !cancelled; i++) {
                // The cancel is looked at once a call may start: a cancel that came during the calls in flight stops the next.
                boolean acquired = acquire(calls);
                cancelled = !acquired || progress.cancelRequested();
                if (cancelled && acquired) {
                    calls.release();
                } else if (!cancelled) {
                    int index = i;
                    threads.execute(() -> {
                        try {
                            copies[index] = copyOf(aiWriter, briefs.get(index), unavailable);
                        } finally {
                            calls.release();
                            progress.report((double) done.incrementAndGet() / briefs.size());
                        }
                    });
                }
            }
        }
        // The calls already made are finished (closing the executor waits for them); none is left half-written.
        if (cancelled) {
            throw new WorkCancelledException();
        }
    }

    private BundleCopy copyOf(CopyWriter aiWriter, CopyBrief brief, AtomicReference<String> unavailable) {
        try {
            return aiWriter.write(brief);
        } catch (CopyWriter.CopyUnavailableException e) {
            unavailable.compareAndSet(null, e.getMessage());
        } catch (RuntimeException e) {
            // A fault of the writer must not cost the merchant the bundle: template copy, and the operator's log says why.
            LOG.log(Level.WARNING, "the AI copy writer failed; template copy written instead", e);
            unavailable.compareAndSet(null, "the AI copy writer failed (" + e.getClass().getSimpleName() + ")");
        }
        return template.write(brief);
    }

    private static boolean acquire(Semaphore calls) {
        try {
            calls.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
