package com.cartwise.bootstrap.jobs;

import com.cartwise.application.port.OrderHistory;
import com.cartwise.domain.recommend.codec.ModelCodec;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.recommend.learning.RecommenderTraining;
import com.cartwise.domain.recommend.learning.TrainingRehearsal;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rehearses reading orders ({@link OrderHistory#rehearse}) and a training ({@link
 * TrainingRehearsal}) once as an instance starts, when the instance runs jobs: a merchant's first
 * training after a restart then runs compiled code instead of paying for the JIT compilers' first
 * pass (on a 2-core host, about a fifth of a large shop's training).
 */
@Singleton
public final class TrainingWarmUp {
    public static final String REHEARSE = "cartwise.recommender.training.rehearse-at-start";
    public static final boolean BY_DEFAULT = true;
    private static final Logger LOG = LoggerFactory.getLogger(TrainingWarmUp.class);

    /**
     * Made-up orders read at start (ten lines each): enough round trips of the cursor for the
     * driver's and the read's loops to be compiled, which a first training otherwise paid for
     * while it read (docs/BENCHMARKS.md).
     */
    static final int ORDERS_READ = 20_000;

    private final RecommenderTraining training;
    private final OrderHistory history;
    private final boolean enabled;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile Duration took;

    TrainingWarmUp(RecommenderTraining training, OrderHistory history, @Value("${cartwise.jobs.workers}") int workers,
                   @Value("${" + REHEARSE + ":" + BY_DEFAULT + "}") boolean rehearse) {
        this.training = training;
        this.history = history;
        // an instance without job workers never trains: nothing to warm
        this.enabled = rehearse && workers > 0;
    }

    /** Rehearses the first time it is called, unless switched off or this instance runs no jobs; a failure is logged, never thrown. */
    public void run() {
        if (!enabled || !done.compareAndSet(false, true)) {
            return;
        }
        long begun = System.nanoTime();
        try {
            long read = history.rehearse(ORDERS_READ).lines();
            rehearse(training);
            took = Duration.ofNanos(System.nanoTime() - begun);
            LOG.info("rehearsed reading {} made-up order lines and a training of {} made-up orders, its model encoded and decoded, "
                    + "before taking requests in {} ms", read, TrainingRehearsal.ORDERS, took.toMillis());
        } catch (RuntimeException e) {
            // Only the first training's speed depends on it.
            LOG.warn("could not rehearse a training at start; the first training compiles what it would have", e);
        }
    }

    /**
     * Trains on the made-up orders, then encodes the model as the store would and decodes it as a
     * replica loading it would: storing a model starts with encoding it, which cold took about 0.45 s
     * of fimi-retail's 1.4 s storing phase (its first encode in memory: 0.59 s cold, 0.14 to 0.16 s
     * after this, docs/BENCHMARKS.md).
     */
    public static void rehearse(RecommenderTraining training) {
        LearnedModel model = TrainingRehearsal.rehearse(training).model();
        ModelCodec.decode(ModelCodec.encode(model), model.scorer().wireName());
    }

    /** How long the rehearsal took, or empty when none ran (switched off, no job workers, not started yet, or it failed). */
    public Optional<Duration> took() {
        return Optional.ofNullable(took);
    }
}
