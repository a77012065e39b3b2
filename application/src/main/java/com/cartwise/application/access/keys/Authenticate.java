package com.cartwise.application.access.keys;

import com.cartwise.application.access.Caller;
import com.cartwise.application.access.KeyHash;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.OperatorKeySetting;
import com.cartwise.application.access.PresentedKey;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.port.ApiKeys;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells who sent a bearer key. Each request would otherwise read the database: a key read is kept
 * for {@link Settings#recheck()} (so a revocation through another replica takes effect within it;
 * through this one, at once), and a key's last-used time is written at most once per
 * {@link Settings#touchInterval()}.
 */
public final class Authenticate {
    /** Beyond this many remembered keys (a flood of made-up ids), the memory starts over. */
    private static final int MAX_REMEMBERED = 100_000;

    private final ApiKeys keys;
    private final OperatorKeySetting operatorKey;
    private final Settings settings;
    private final Clock clock;
    private final Map<KeyId, Read> reads = new ConcurrentHashMap<>();
    private final Map<KeyId, Instant> touched = new ConcurrentHashMap<>();
    private final Map<KeyId, CompletableFuture<Read>> rereads = new ConcurrentHashMap<>();

    public Authenticate(ApiKeys keys, OperatorKeySetting operatorKey, Settings settings, Clock clock) {
        this.keys = keys;
        this.operatorKey = operatorKey;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param bearer the key as sent (after "Bearer "), or null when none was */
    public Optional<Caller> execute(String bearer) {
        return decide(bearer, true).orElseThrow().caller();
    }

    /**
     * The same answer as {@link #execute} when it needs no database: empty when the key is due to
     * be read (first seen, or its recheck time passed) or its last use due to be written. A server
     * may call this on its event loop and, when it is empty, {@link #execute} where it may block,
     * so that a till's requests do not each pay two thread hops for a read made once per recheck.
     */
    public Optional<Decision> executeIfRemembered(String bearer) {
        return decide(bearer, false);
    }

    /** Who sent a key, or no one (no key, a malformed, unknown, revoked or replaced one). */
    public record Decision(Optional<Caller> caller) {
        static final Optional<Decision> NO_ONE = Optional.of(new Decision(Optional.empty()));
    }

    /** Present whenever {@code mayUseStore}; otherwise empty as soon as the store would be needed. */
    private Optional<Decision> decide(String bearer, boolean mayUseStore) {
        if (bearer == null || bearer.isEmpty()) {
            return Decision.NO_ONE;
        }
        Optional<byte[]> configured = operatorKey.hash();
        if (configured.isPresent() && MessageDigest.isEqual(configured.get(), KeyHash.of(bearer))) {
            return Optional.of(new Decision(Optional.of(new Caller(Caller.CONFIGURED_OPERATOR, new KeyHolder.Operator()))));
        }
        Optional<PresentedKey> parsed = PresentedKey.parse(bearer);
        if (parsed.isEmpty()) {
            return Decision.NO_ONE;
        }
        PresentedKey presented = parsed.get();
        Instant now = clock.instant();
        Read read = reads.get(presented.id());
        if (read == null || !now.isBefore(read.at().plus(settings.recheck()))) {
            if (!mayUseStore) {
                return Optional.empty();
            }
            read = reread(presented.id(), now);
        }
        Optional<StoredKey> stored = read.key();
        if (stored.isEmpty() || !stored.get().active() || !stored.get().matches(presented.hash())) {
            return Decision.NO_ONE;
        }
        // A configured operator key replaces the generated one: that one must stop working.
        if (stored.get().holder() instanceof KeyHolder.Operator && operatorKey.configured()) {
            return Decision.NO_ONE;
        }
        if (touchDue(presented.id(), now)) {
            if (!mayUseStore) {
                return Optional.empty();
            }
            touch(presented.id(), now);
        }
        return Optional.of(new Decision(Optional.of(new Caller(presented.id().value(), stored.get().holder()))));
    }

    /**
     * One read per key at a time: when a busy key's recheck time passes, every request in flight
     * with it is due, and all but the first wait for that one read instead of making their own.
     */
    private Read reread(KeyId id, Instant now) {
        CompletableFuture<Read> mine = new CompletableFuture<>();
        CompletableFuture<Read> underWay = rereads.putIfAbsent(id, mine);
        if (underWay != null) {
            try {
                return underWay.join();
            } catch (CompletionException e) {
                // the reading request's own failure, as it saw it
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            if (reads.size() >= MAX_REMEMBERED) {
                reads.clear();
            }
            Read read = new Read(keys.find(id), now);
            reads.put(id, read);
            mine.complete(read);
            return read;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rereads.remove(id, mine);
        }
    }

    private boolean touchDue(KeyId id, Instant now) {
        Instant last = touched.get(id);
        return last == null || !now.isBefore(last.plus(settings.touchInterval()));
    }

    private void touch(KeyId id, Instant now) {
        if (touched.size() >= MAX_REMEMBERED) {
            touched.clear();
        }
        touched.put(id, now);
        keys.touch(id, now);
    }

    /** A key revoked through this instance stops working here at once. */
    void forget(KeyId id) {
        reads.remove(id);
    }

    private record Read(Optional<StoredKey> key, Instant at) {
    }

    /**
     * @param recheck       how long a key read from the database is trusted before it is read again
     * @param touchInterval the least time between two writes of a key's last-used time
     */
    public record Settings(Duration recheck, Duration touchInterval) {
        public Settings {
            if (recheck.isNegative()) {
                throw new IllegalArgumentException("cartwise.security.key-recheck must not be negative, but was " + recheck);
            }
            if (touchInterval.isNegative()) {
                throw new IllegalArgumentException("cartwise.security.last-used-interval must not be negative, but was " + touchInterval);
            }
        }
    }
}
