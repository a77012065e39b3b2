package com.cartwise.benchmarks.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.benchmarks.load.KeepAliveConnection;
import io.grpc.Status;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {
    private static final HeapTrend.Allowance ALLOWANCE = new HeapTrend.Allowance(10, 32);
    private static final HeapTrend FLAT = HeapTrend.judge(List.of(new GcPause(70, 300, 100, 768, false),
            new GcPause(80, 300, 120, 768, false), new GcPause(500, 300, 110, 768, false), new GcPause(590, 300, 125, 768, false)),
            60, 600, ALLOWANCE);
    private static final HeapTrend GROWING = HeapTrend.judge(List.of(new GcPause(70, 300, 100, 768, false),
            new GcPause(80, 300, 120, 768, false), new GcPause(500, 300, 200, 768, false), new GcPause(590, 300, 220, 768, false)),
            60, 600, ALLOWANCE);
    private static final JobOutcome IMPORTED = new JobOutcome(20, "import of 10 order lines into s", "succeeded", 5, "10 rows imported");
    private static final JobOutcome TRAINED = new JobOutcome(40, "training of demo", "succeeded", 9, "model 2 (cosine)");

    @Test
    void passesWithNoErrorEveryJobSucceededAndAFlatHeap() {
        SoakVerdict verdict = new SoakVerdict(180_000, Map.of(), List.of(IMPORTED, TRAINED), FLAT);

        assertTrue(FLAT.flat());
        assertTrue(verdict.passed());
        assertEquals("errors: 0 of 180,000 requests and 2 jobs", verdict.lines().getFirst());
        assertEquals("VERDICT: PASS (0 errors, every job succeeded, heap after GC flat)", verdict.lines().getLast());
    }

    @Test
    void failsOnASingleErrorOfAnyKind() {
        ErrorTally errors = new ErrorTally();
        errors.count("rest-cart", new KeepAliveConnection.StatusException(503, "answered HTTP/1.1 503 Service Unavailable: {}"));

        SoakVerdict verdict = new SoakVerdict(180_000, errors.byKind(), List.of(IMPORTED, TRAINED), FLAT);

        assertFalse(verdict.passed());
        assertEquals(1, verdict.errorCount());
        assertTrue(verdict.lines().contains(String.format("  %-50s %,d", "rest-cart: HTTP 503", 1)), verdict.lines().toString());
        assertEquals("VERDICT: FAIL (1 errors)", verdict.lines().getLast());
    }

    @Test
    void failsWhenAJobDidNotSucceedOrNoJobRan() {
        JobOutcome failed = new JobOutcome(50, "training of demo", "failed", 3, "{\"code\":\"internal\"}");

        SoakVerdict withFailure = new SoakVerdict(1000, Map.of("jobs: training failed", 1L), List.of(IMPORTED, failed), FLAT);
        SoakVerdict withoutJobs = new SoakVerdict(1000, Map.of(), List.of(), FLAT);

        assertFalse(withFailure.passed());
        assertEquals("VERDICT: FAIL (1 errors, 1 jobs did not succeed)", withFailure.lines().getLast());
        assertFalse(withoutJobs.passed());
        assertEquals("VERDICT: FAIL (no job ran)", withoutJobs.lines().getLast());
    }

    @Test
    void failsWhenTheHeapAfterGcGrew() {
        SoakVerdict verdict = new SoakVerdict(1000, Map.of(), List.of(IMPORTED, TRAINED), GROWING);

        assertFalse(verdict.passed());
        assertEquals("VERDICT: FAIL (heap after GC not shown flat)", verdict.lines().getLast());
    }

    @Test
    void countsErrorsByWhereAndKindWithTimeoutsAsOneKind() {
        ErrorTally errors = new ErrorTally();

        errors.count("grpc-cart", Status.DEADLINE_EXCEEDED.asRuntimeException());
        errors.count("grpc-cart", Status.UNAVAILABLE.withDescription("io exception").asRuntimeException());
        errors.count("grpc-cart", Status.UNAVAILABLE.asRuntimeException());
        errors.count("rest-cart", new SocketTimeoutException("Read timed out"));
        errors.count("rest-cart", ErrorTally.TIMEOUT, "answered 6094 ms after its planned time");
        errors.count("rest-cart", new IllegalStateException("shop 'demo' answered without a model"));

        assertEquals(Map.of("grpc-cart: timeout", 1L, "grpc-cart: gRPC UNAVAILABLE", 2L, "rest-cart: timeout", 2L,
                "rest-cart: IllegalStateException", 1L), errors.byKind());
        assertEquals(6, errors.total());
        assertEquals("UNAVAILABLE: io exception", errors.example("grpc-cart: gRPC UNAVAILABLE"));
    }
}
