package com.cartwise.persistence.bundles;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cartwise.application.bundles.ActiveBundle;
import com.cartwise.application.bundles.ActiveBundleQuery;
import com.cartwise.application.bundles.ActiveStatus;
import com.cartwise.application.jobs.JobId;
import com.cartwise.domain.bundles.BundleKey;
import com.cartwise.domain.bundles.copy.ProposedBundle;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.persistence.testing.Ports;
import com.cartwise.persistence.testing.Proposals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@code ActiveBundles} does, the in-memory one and PostgreSQL's alike. */
abstract class ActiveBundlesContract {
    static final Instant MONDAY = Instant.parse("2024-04-01T09:00:00.000001Z");

    protected abstract Ports ports();

    static ActiveBundle live(ProposedBundle proposal, JobId run, Instant at) {
        return new ActiveBundle(proposal, run, ActiveStatus.ACTIVE, at, Optional.empty());
    }

    @Test
    void anActivatedBundleComesBackAsItWasAndComesOffWhenDeactivated() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), shop);
        ActiveBundle bundle = live(Proposals.bogo(1, 2, 1), run, MONDAY);

        ActiveBundle stored = ports().activeBundles().activate(shop, bundle);
        Optional<ActiveBundle> off = ports().activeBundles().deactivate(shop, bundle.key(), MONDAY.plusSeconds(3600));
        Optional<ActiveBundle> offAgain = ports().activeBundles().deactivate(shop, bundle.key(), MONDAY.plusSeconds(7200));

        assertEquals(bundle, stored);
        assertEquals(Optional.of(bundle.deactivated(MONDAY.plusSeconds(3600))), off);
        assertEquals(off, offAgain, "an inactive bundle stays as it was taken off");
        assertEquals(List.of(), ports().activeBundles().active(shop));
        assertEquals(off, ports().activeBundles().find(shop, bundle.key()));
        assertEquals(Optional.empty(), ports().activeBundles().deactivate(shop, new BundleKey("0".repeat(32)), MONDAY));
    }

    @Test
    void activatingAnInactiveBundleAgainMakesItLiveWithItsNewContent() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId first = Proposals.run(ports().jobs(), shop);
        JobId second = Proposals.run(ports().jobs(), shop);
        ports().activeBundles().activate(shop, live(Proposals.fbt(1, 2, 4), first, MONDAY));
        ports().activeBundles().deactivate(shop, Proposals.fbt(1, 2, 4).bundle().priced().ranked().candidate().key(), MONDAY.plusSeconds(1));

        ActiveBundle again = ports().activeBundles().activate(shop, live(Proposals.fbt(1, 2, 2), second, MONDAY.plusSeconds(2)));

        assertEquals(live(Proposals.fbt(1, 2, 2), second, MONDAY.plusSeconds(2)), again);
        assertEquals(List.of(again), ports().activeBundles().active(shop));
    }

    @Test
    void theLiveBundlesComeBestRankFirstAndTheListNewestFirstAPageAtATime() {
        ShopId shop = newShop(ports().shops(), "EUR");
        JobId run = Proposals.run(ports().jobs(), shop);
        List<ActiveBundle> bundles = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two activated at each instant: ties are broken by the key
            bundles.add(ports().activeBundles().activate(shop, live(Proposals.fbt(10 + i, 50, 7 - i), run, MONDAY.plusSeconds(i / 2))));
        }
        ports().activeBundles().deactivate(shop, bundles.get(3).key(), MONDAY.plusSeconds(60));

        List<ActiveBundle> paged = new ArrayList<>();
        Optional<ActiveBundleQuery.After> after = Optional.empty();
        do {
            List<ActiveBundle> page = ports().activeBundles().list(new ActiveBundleQuery(shop, Optional.of(ActiveStatus.ACTIVE), 2, after));
            paged.addAll(page);
            after = page.size() == 2 ? Optional.of(ActiveBundleQuery.After.of(page.getLast())) : Optional.empty();
        } while (after.isPresent());

        List<ActiveBundle> live = new ArrayList<>(bundles);
        live.remove(3);
        assertEquals(live.stream().sorted((a, b) -> a.activatedAt().equals(b.activatedAt()) ? a.key().value().compareTo(b.key().value())
                : b.activatedAt().compareTo(a.activatedAt())).toList(), paged);
        assertEquals(live.reversed(), ports().activeBundles().active(shop), "ranks 1 to 7 were activated last to first");
        assertEquals(7, ports().activeBundles().list(new ActiveBundleQuery(shop, Optional.empty(), 100, Optional.empty())).size());
    }
}
