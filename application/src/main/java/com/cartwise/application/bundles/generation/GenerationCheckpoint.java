package com.cartwise.application.bundles.generation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a generation can resume from, stored after each step that wrote something: whether the
 * quick start was to run and has run, how many publishing waves are out, and the counts so far.
 * The phases before publishing are not stored: they are recomputed on resume, which is fast and
 * gives the same result (the as-of instant and every input are the same), so a checkpoint stays a
 * line of text however many bundles a shop has. The published bundles themselves, with their
 * copy, are the stored state that a resume skips.
 */
record GenerationCheckpoint(QuickStartState quickStart, long quickStartBundles, int wavesPublished, long published, long aiCopies,
                            long templateCopies, long approvalsProposedAnew) {
    private static final String VERSION = "bundle-generation-v1";

    /** Whether this run starts with a quick start: only a shop's first generation does. */
    enum QuickStartState {
        PENDING, DONE, SKIPPED
    }

    GenerationCheckpoint {
        if (quickStart == null || quickStartBundles < 0 || wavesPublished < 0 || published < 0 || aiCopies < 0 || templateCopies < 0
                || approvalsProposedAnew < 0) {
            throw new IllegalArgumentException("a checkpoint has a quick-start state and counts that are never negative");
        }
    }

    static GenerationCheckpoint deciding(boolean firstGeneration) {
        return new GenerationCheckpoint(firstGeneration ? QuickStartState.PENDING : QuickStartState.SKIPPED, 0, 0, 0, 0, 0, 0);
    }

    GenerationCheckpoint quickStartDone(long bundles) {
        return new GenerationCheckpoint(QuickStartState.DONE, bundles, wavesPublished, published, aiCopies, templateCopies,
                approvalsProposedAnew);
    }

    /** @param proposedAnew bundles of the wave the merchant had approved at prices since changed, proposed anew */
    GenerationCheckpoint wavePublished(long bundles, long byAi, long byTemplate, long proposedAnew) {
        return new GenerationCheckpoint(quickStart, quickStartBundles, wavesPublished + 1, published + bundles, aiCopies + byAi,
                templateCopies + byTemplate, approvalsProposedAnew + proposedAnew);
    }

    String text() {
        return String.join(";", VERSION, "quick_start=" + quickStart.name().toLowerCase(Locale.ROOT),
                "quick_start_bundles=" + quickStartBundles, "waves=" + wavesPublished, "published=" + published,
                "ai_copies=" + aiCopies, "template_copies=" + templateCopies, "approvals_proposed_anew=" + approvalsProposedAnew);
    }

    static GenerationCheckpoint parse(String text) {
        String[] parts = text.split(";");
        if (parts.length == 0 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a bundle generation checkpoint: " + text);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            values.put(pair[0], pair.length == 2 ? pair[1] : "");
        }
        return new GenerationCheckpoint(QuickStartState.valueOf(values.get("quick_start").toUpperCase(Locale.ROOT)),
                Long.parseLong(values.get("quick_start_bundles")), Integer.parseInt(values.get("waves")),
                Long.parseLong(values.get("published")), Long.parseLong(values.get("ai_copies")),
                Long.parseLong(values.get("template_copies")),
                // absent from the checkpoints of builds before approvals could be proposed anew
                Long.parseLong(values.getOrDefault("approvals_proposed_anew", "0")));
    }

    /** For the merchant: "2 waves (5 bundles) published". */
    String describe() {
        return String.format(Locale.ROOT, "%s%,d wave%s (%,d bundles) published", quickStart == QuickStartState.DONE
                ? "quick start done (" + quickStartBundles + " bundles), " : "", wavesPublished, wavesPublished == 1 ? "" : "s", published);
    }
}
