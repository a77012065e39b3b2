package com.cartwise.application.access.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.access.Caller;
import com.cartwise.application.access.IssuedKey;
import com.cartwise.application.access.KeyCursor;
import com.cartwise.application.access.KeyHash;
import com.cartwise.application.access.KeyHolder;
import com.cartwise.application.access.KeyId;
import com.cartwise.application.access.KeyMaker;
import com.cartwise.application.access.OperatorKeySetting;
import com.cartwise.application.access.StoredKey;
import com.cartwise.application.fakes.InMemoryApiKeys;
import com.cartwise.application.port.ApiKeys;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.application.fakes.ManualClock;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiKeyUseCasesTest {
    private static final ShopId ALPS = ShopId.of("alps");
    private static final ShopId BEACH = ShopId.of("beach");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final InMemoryShops shops = new InMemoryShops();
    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final KeyMaker maker = new KeyMaker();
    private final Authenticate.Settings settings = new Authenticate.Settings(Duration.ofSeconds(10), Duration.ofMinutes(1));
    private final Authenticate authenticate = new Authenticate(keys, OperatorKeySetting.of(null), settings, clock);
    private final IssueApiKey issue = new IssueApiKey(shops, keys, maker, clock);
    private final RevokeApiKey revoke = new RevokeApiKey(keys, authenticate, clock);
    private final ListApiKeys list = new ListApiKeys(shops, keys);

    ApiKeyUseCasesTest() {
        shops.add(new Shop(ALPS, "Alps", Currency.getInstance("EUR")));
        shops.add(new Shop(BEACH, "Beach", Currency.getInstance("EUR")));
    }

    private IssuedKey issue(ShopId shop) {
        return ((IssueApiKey.Result.Issued) issue.execute(new IssueApiKey.Command(shop, "till"))).key();
    }

    @Test
    void anIssuedKeyAuthenticatesAsItsShopAndIsKeptOnlyAsAHash() {
        IssuedKey key = issue(ALPS);

        Optional<Caller> caller = authenticate.execute(key.text());

        assertEquals(Optional.of(new Caller(key.stored().id().value(), new KeyHolder.OneShop(ALPS))), caller);
        StoredKey stored = keys.find(key.stored().id()).orElseThrow();
        assertTrue(java.util.Arrays.equals(KeyHash.of(key.text()), stored.hash()));
        assertFalse(stored.toString().contains(key.text()));
        assertFalse(key.toString().contains(key.text().substring(22)));
    }

    @Test
    void aShopKeyMayUseOnlyItsOwnShop() {
        KeyHolder holder = authenticate.execute(issue(ALPS).text()).orElseThrow().holder();

        assertTrue(holder.mayUse(ALPS));
        assertFalse(holder.mayUse(BEACH));
        assertTrue(new KeyHolder.Operator().mayUse(BEACH));
    }

    @Test
    void aKeyWithAChangedSecretOrAnUnknownIdOrNoneIsRefused() {
        IssuedKey key = issue(ALPS);
        String text = key.text();
        String changed = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");

        assertEquals(Optional.empty(), authenticate.execute(changed));
        assertEquals(Optional.empty(), authenticate.execute("cw_aaaaaaaaaaaaaaaa_" + "x".repeat(43)));
        assertEquals(Optional.empty(), authenticate.execute("not a key"));
        assertEquals(Optional.empty(), authenticate.execute(""));
        assertEquals(Optional.empty(), authenticate.execute(null));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceOnThisInstance() {
        IssuedKey key = issue(ALPS);
        authenticate.execute(key.text());

        RevokeApiKey.Result result = revoke.execute(ALPS, key.stored().id());

        assertEquals(new RevokeApiKey.Result.Revoked(key.stored().id()), result);
        assertEquals(Optional.empty(), authenticate.execute(key.text()));
        assertEquals(new RevokeApiKey.Result.NotFound(ALPS, key.stored().id()), revoke.execute(ALPS, key.stored().id()));
    }

    @Test
    void aShopCannotRevokeAnotherShopsKey() {
        IssuedKey key = issue(ALPS);

        assertInstanceOf(RevokeApiKey.Result.NotFound.class, revoke.execute(BEACH, key.stored().id()));
        assertTrue(authenticate.execute(key.text()).isPresent());
    }

    @Test
    void aKeyRevokedElsewhereStopsWorkingOnceTheRecheckTimeHasPassed() {
        IssuedKey key = issue(ALPS);
        authenticate.execute(key.text());
        keys.revoke(ALPS, key.stored().id(), clock.instant());

        clock.advance(Duration.ofSeconds(9));
        assertTrue(authenticate.execute(key.text()).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), authenticate.execute(key.text()));
    }

    @Test
    void theLastUseIsWrittenAtMostOncePerMinuteAndTheDatabaseReadAtMostOncePerRecheck() {
        IssuedKey key = issue(ALPS);
        Instant first = clock.instant();

        for (int i = 0; i < 100; i++) {
            authenticate.execute(key.text());
        }
        clock.advance(Duration.ofSeconds(30));
        authenticate.execute(key.text());

        assertEquals(1, keys.touches());
        assertEquals(2, keys.reads());
        assertEquals(Optional.of(first), keys.find(key.stored().id()).orElseThrow().lastUsedAt());
        clock.advance(Duration.ofSeconds(30));
        authenticate.execute(key.text());
        assertEquals(Optional.of(first.plusSeconds(60)), keys.find(key.stored().id()).orElseThrow().lastUsedAt());
    }

    @Test
    void requestsDueTogetherShareOneReadOfTheKey() throws Exception {
        IssuedKey key = issue(ALPS);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        ApiKeys slow = new ApiKeys() {
            @Override
            public void add(StoredKey stored) {
                keys.add(stored);
            }

            @Override
            public Optional<StoredKey> find(KeyId id) {
                reads.incrementAndGet();
                reading.countDown();
                try {
                    answer.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return keys.find(id);
            }

            @Override
            public List<StoredKey> list(ShopId shop, int limit, Optional<KeyCursor> after) {
                return keys.list(shop, limit, after);
            }

            @Override
            public boolean revoke(ShopId shop, KeyId id, Instant at) {
                return keys.revoke(shop, id, at);
            }

            @Override
            public void touch(KeyId id, Instant at) {
                keys.touch(id, at);
            }

            @Override
            public List<ShopId> shopsByLastUse(int limit) {
                return keys.shopsByLastUse(limit);
            }

            @Override
            public boolean hasOperatorKey() {
                return keys.hasOperatorKey();
            }
        };
        Authenticate sharing = new Authenticate(slow, OperatorKeySetting.of(null), settings, clock);
        List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService requests = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task);
            threads.add(thread);
            return thread;
        });
        try {
            List<Future<Optional<Caller>>> answers = new ArrayList<>();
            answers.add(requests.submit(() -> sharing.execute(key.text())));
            reading.await();
            for (int i = 0; i < 7; i++) {
                answers.add(requests.submit(() -> sharing.execute(key.text())));
            }
            // All eight wait: one in the read, seven for it (none of them may start a read of its own).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (threads.size() < 8 || threads.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) {
                assertTrue(System.nanoTime() < deadline, "the requests did not all come to wait");
                Thread.sleep(5);
            }
            answer.countDown();

            for (Future<Optional<Caller>> caller : answers) {
                assertEquals(ALPS, ((KeyHolder.OneShop) caller.get(5, TimeUnit.SECONDS).orElseThrow().holder()).shop());
            }
            assertEquals(1, reads.get());
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void fromMemoryAKeyIsToldOnlyOnceReadAndNeverReadsOrWritesTheDatabase() {
        IssuedKey key = issue(ALPS);
        assertEquals(Optional.empty(), authenticate.executeIfRemembered(key.text()), "never read: the database must be asked");

        Optional<Caller> caller = authenticate.execute(key.text());
        clock.advance(Duration.ofSeconds(9));
        Optional<Authenticate.Decision> remembered = authenticate.executeIfRemembered(key.text());

        assertEquals(Optional.of(new Authenticate.Decision(caller)), remembered);
        assertEquals(1, keys.reads());
        assertEquals(1, keys.touches());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), authenticate.executeIfRemembered(key.text()), "recheck time passed: read again");
        assertEquals(1, keys.reads());
    }

    @Test
    void fromMemoryADueLastUseIsLeftToTheCallThatMayWriteIt() {
        Authenticate rarelyRechecked = new Authenticate(keys, OperatorKeySetting.of(null),
                new Authenticate.Settings(Duration.ofMinutes(5), Duration.ofMinutes(1)), clock);
        IssuedKey key = issue(ALPS);
        rarelyRechecked.execute(key.text());

        clock.advance(Duration.ofMinutes(1));

        assertEquals(Optional.empty(), rarelyRechecked.executeIfRemembered(key.text()));
        assertEquals(1, keys.touches());
        assertTrue(rarelyRechecked.execute(key.text()).isPresent());
        assertEquals(2, keys.touches());
        assertTrue(rarelyRechecked.executeIfRemembered(key.text()).orElseThrow().caller().isPresent());
    }

    @Test
    void fromMemoryNoKeyAMalformedOneAndOneKnownToBeWrongAreRefusedAndARevokedOneIsReadAgain() {
        IssuedKey key = issue(ALPS);
        String text = key.text();
        String changed = text.substring(0, text.length() - 1) + (text.endsWith("A") ? "B" : "A");
        authenticate.execute(text);
        Optional<Authenticate.Decision> noOne = Optional.of(new Authenticate.Decision(Optional.empty()));

        assertEquals(noOne, authenticate.executeIfRemembered(null));
        assertEquals(noOne, authenticate.executeIfRemembered(""));
        assertEquals(noOne, authenticate.executeIfRemembered("not a key"));
        assertEquals(noOne, authenticate.executeIfRemembered(changed));
        revoke.execute(ALPS, key.stored().id());
        assertEquals(Optional.empty(), authenticate.executeIfRemembered(text));
        assertEquals(Optional.empty(), authenticate.execute(text));
        assertEquals(noOne, authenticate.executeIfRemembered(text));
    }

    @Test
    void fromMemoryTheConfiguredOperatorKeyIsKnownAtOnce() {
        String configured = "operator-" + "k".repeat(40);
        Authenticate withConfigured = new Authenticate(keys, OperatorKeySetting.of(configured), settings, clock);

        Caller caller = withConfigured.executeIfRemembered(configured).orElseThrow().caller().orElseThrow();

        assertInstanceOf(KeyHolder.Operator.class, caller.holder());
        assertEquals(0, keys.reads());
    }

    @Test
    void listingShowsOnlyTheShopsOwnKeysOldestFirst() {
        IssuedKey older = issue(ALPS);
        clock.advance(Duration.ofSeconds(1));
        IssuedKey newer = issue(ALPS);
        issue(BEACH);

        ListApiKeys.Result result = list.execute(ListApiKeys.Query.firstPage(ALPS));

        List<KeyId> ids = ((ListApiKeys.Result.Listed) result).keys().stream().map(StoredKey::id).toList();
        assertEquals(List.of(older.stored().id(), newer.stored().id()), ids);
        assertEquals(new ListApiKeys.Result.ShopNotFound(ShopId.of("nowhere")), list.execute(ListApiKeys.Query.firstPage(ShopId.of("nowhere"))));
    }

    @Test
    void pagesOfKeysFollowEachOtherOldestFirstEvenWhenKeysShareTheirTime() {
        List<KeyId> issued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            issued.add(issue(ALPS).stored().id());
        }
        List<KeyId> sameTime = issued.stream().sorted(Comparator.comparing(KeyId::value)).toList();

        ListApiKeys.Query first = new ListApiKeys.Query(ALPS, 2, Optional.empty());
        List<StoredKey> page1 = ((ListApiKeys.Result.Listed) list.execute(first)).keys();
        ListApiKeys.Query next = new ListApiKeys.Query(ALPS, 2,
                Optional.of(KeyCursor.parse(KeyCursor.after(page1.getLast()).text())));
        List<StoredKey> page2 = ((ListApiKeys.Result.Listed) list.execute(next)).keys();

        assertEquals(sameTime.subList(0, 2), page1.stream().map(StoredKey::id).toList());
        assertEquals(sameTime.subList(2, 3), page2.stream().map(StoredKey::id).toList());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> new ListApiKeys.Query(ALPS, ListApiKeys.MAX_LIMIT + 1, Optional.empty())).field());
        assertEquals("cursor", assertThrows(InvalidInputException.class,
                () -> KeyCursor.parse("bm90IGEgY3Vyc29y")).field());
    }

    @Test
    void aKeyForAnUnknownShopIsNotIssued() {
        assertEquals(new IssueApiKey.Result.ShopNotFound(ShopId.of("nowhere")),
                issue.execute(new IssueApiKey.Command(ShopId.of("nowhere"), "")));
        assertThrows(InvalidInputException.class, () -> new IssueApiKey.Command(ALPS, "x".repeat(201)));
    }

    @Test
    void withoutAConfiguredOperatorKeyOneIsGeneratedOnceAndWorksEverywhere() {
        EnsureOperatorKey ensure = new EnsureOperatorKey(keys, OperatorKeySetting.of(""), maker, clock);

        EnsureOperatorKey.Result first = ensure.execute();
        EnsureOperatorKey.Result second = ensure.execute();

        IssuedKey generated = assertInstanceOf(EnsureOperatorKey.Result.Generated.class, first).key();
        assertEquals(new EnsureOperatorKey.Result.Kept(), second);
        assertEquals(new KeyHolder.Operator(), authenticate.execute(generated.text()).orElseThrow().holder());
    }

    @Test
    void aConfiguredOperatorKeyWorksAndReplacesTheGeneratedOne() {
        IssuedKey generated = ((EnsureOperatorKey.Result.Generated) new EnsureOperatorKey(keys, OperatorKeySetting.of(null), maker, clock)
                .execute()).key();
        String configured = "k".repeat(40);
        Authenticate withConfigured = new Authenticate(keys, OperatorKeySetting.of(configured), settings, clock);

        assertEquals(Optional.of(new Caller("operator", new KeyHolder.Operator())), withConfigured.execute(configured));
        assertEquals(Optional.empty(), withConfigured.execute(generated.text()));
        assertEquals(new EnsureOperatorKey.Result.Configured(),
                new EnsureOperatorKey(keys, OperatorKeySetting.of(configured), maker, clock).execute());
    }

    @Test
    void aConfiguredOperatorKeyTooShortToBeSafeIsRefusedNamingTheSetting() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OperatorKeySetting.of("secret"));
        assertEquals("cartwise.security.admin-key", e.field());
    }
}
