package com.cartwise.persistence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.bundles.generation.BundleGenerationReport;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A generation's report as stored in {@code jobs}: written and read back, and as earlier builds stored it. */
class GenerationDocumentsTest {
    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void aReportReadsBackAsItWasWritten() throws IOException {
        BundleGenerationReport report = new BundleGenerationReport(100_000, 5_000, 10, 312, 2_400, 800, 800, 6, 0, 800, 7, 2);

        String stored = json.writeValueAsString(GenerationDocuments.report(report));

        assertEquals(report, json.readValue(stored, GenerationDocuments.Report.class).toReport());
    }

    @Test
    void aReportStoredBeforeApprovalsCouldBeProposedAnewReadsAsNoneProposedAnew() throws IOException {
        String stored = """
                {"orders":100000,"variants":5000,"quickStartBundles":10,"rules":312,"candidates":2400,"bundles":800,"published":800,\
                "waves":6,"aiCopies":0,"templateCopies":800,"retired":7}""";

        assertEquals(new BundleGenerationReport(100_000, 5_000, 10, 312, 2_400, 800, 800, 6, 0, 800, 7, 0),
                json.readValue(stored, GenerationDocuments.Report.class).toReport());
    }
}
