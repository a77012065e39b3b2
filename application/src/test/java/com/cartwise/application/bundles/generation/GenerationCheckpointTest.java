package com.cartwise.application.bundles.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A generation's checkpoint, a line of text: written and read back, and as earlier builds wrote it. */
class GenerationCheckpointTest {

    @Test
    void aCheckpointReadsBackAsItWasWrittenWithItsCountsAddedUpWaveByWave() {
        GenerationCheckpoint checkpoint = GenerationCheckpoint.deciding(true).quickStartDone(10)
                .wavePublished(3, 0, 3, 1).wavePublished(5, 2, 3, 0);

        assertEquals("bundle-generation-v1;quick_start=done;quick_start_bundles=10;waves=2;published=8;ai_copies=2;template_copies=6;"
                + "approvals_proposed_anew=1", checkpoint.text());
        assertEquals(checkpoint, GenerationCheckpoint.parse(checkpoint.text()));
    }

    @Test
    void aCheckpointWrittenBeforeApprovalsCouldBeProposedAnewResumesWithNoneProposedAnew() {
        GenerationCheckpoint earlier = GenerationCheckpoint.parse(
                "bundle-generation-v1;quick_start=skipped;quick_start_bundles=0;waves=2;published=5;ai_copies=0;template_copies=5");

        assertEquals(new GenerationCheckpoint(GenerationCheckpoint.QuickStartState.SKIPPED, 0, 2, 5, 0, 5, 0), earlier);
    }
}
