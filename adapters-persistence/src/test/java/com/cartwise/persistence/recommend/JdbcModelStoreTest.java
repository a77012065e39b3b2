package com.cartwise.persistence.recommend;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cartwise.domain.recommend.evaluation.EvaluationReport;
import com.cartwise.domain.recommend.learning.LearnedModel;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.Ports;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** PostgreSQL's model store: the contract, plus versions that stay distinct when trainings race. */
class JdbcModelStoreTest extends ModelStoreContract {
    private final PostgresPorts ports = PostgresPorts.shared();

    @Override
    protected Ports ports() {
        return ports;
    }

    @Test
    void trainingsRacingForOneShopTakeDistinctVersions() throws Exception {
        ShopId shop = newShop(ports.shops(), "EUR");
        int trainings = 8;
        LearnedModel model = model(1, 2, 3);
        EvaluationReport report = evaluation();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Long>> saves = new ArrayList<>();
        for (int i = 0; i < trainings; i++) {
            saves.add(() -> {
                start.await();
                return ports.modelStore().save(shop, TRAINED_AT, model, report, Optional.empty()).version();
            });
        }
        List<Long> versions = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Long>> futures = saves.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Long> future : futures) {
                versions.add(future.get());
            }
        }

        assertEquals(LongStream.rangeClosed(1, trainings).boxed().toList(), versions.stream().sorted().toList());
        assertEquals(trainings, ports.modelStore().latest(shop).orElseThrow().version());
    }

    @Test
    void onlyTheNewestVersionKeepsItsPayloadAndEveryVersionStaysListed() {
        ShopId shop = newShop(ports.shops(), "EUR");
        long first = ports.modelStore().save(shop, TRAINED_AT, model(1, 2, 3), evaluation(), Optional.empty()).version();
        long second = ports.modelStore().save(shop, TRAINED_AT, model(1, 2, 3), evaluation(), Optional.of(first)).version();
        long third = ports.modelStore().save(shop, TRAINED_AT, model(2, 3, 4), evaluation(), Optional.of(second)).version();

        assertEquals(List.of(third), ports.longs("SELECT version FROM models WHERE shop_id = ? AND payload IS NOT NULL", shop));
        assertEquals(List.of(third, second, first), ports.modelStore().reports(shop, 10, java.util.OptionalLong.empty()).stream()
                .map(r -> r.version()).toList());
        assertEquals(third, ports.modelStore().latest(shop).orElseThrow().version());
    }

    @Test
    void aModelForAShopThatDoesNotExistIsRefused() {
        ShopId unknown = ShopId.of("no-such-shop");

        assertThrows(IllegalStateException.class,
                () -> ports.modelStore().save(unknown, TRAINED_AT, model(1, 2, 3), evaluation(), Optional.empty()));
    }
}
