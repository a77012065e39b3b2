package com.cartwise.application.shopify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.fakes.InMemoryShops;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.shopify.connect.ConnectShopify;
import com.cartwise.application.shopify.connect.EstablishConnection;
import com.cartwise.application.shopify.sync.StartShopifySync;
import com.cartwise.application.shopify.sync.SyncRequest;
import com.cartwise.domain.shop.Shop;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Connecting a shop with a custom app's token: tried on Shopify before it is kept, kept sealed, then synced. */
class ConnectShopifyTest {
    private static final ShopId SHOP = ShopId.of("alpine");
    private static final ShopDomain DOMAIN = ShopDomain.of("alpine.myshopify.com");
    private static final Set<String> ALL = Set.of("read_products", "read_orders", "read_inventory", "read_locations",
            "read_all_orders", "read_customers");
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryShops shops = new InMemoryShops();
    private final MemoryConnections connections = new MemoryConnections();
    private final InMemoryJobs jobs = new InMemoryJobs();

    ConnectShopifyTest() {
        shops.add(new Shop(SHOP, "Alpine", Currency.getInstance("EUR")));
        shops.add(new Shop(ShopId.of("other"), "Other", Currency.getInstance("EUR")));
    }

    private ConnectShopify connect(TestSecrets secrets, ScriptedAdmin admin) {
        StartShopifySync startSync = new StartShopifySync(shops, connections, connections, jobs, Optional.empty(), clock);
        return new ConnectShopify(shops, connections, secrets, admin, new EstablishConnection(connections, secrets, admin, connections,
                startSync, Optional.of(URI.create("https://cartwise.example.com/api/v1/shopify/webhooks")), clock));
    }

    private static ConnectShopify.Command command(ShopId shop, String token) {
        return new ConnectShopify.Command(shop, DOMAIN, new AccessToken(token), Optional.of(new ClientSecret("shpss_app")), true,
                Optional.empty());
    }

    @Test
    void withoutAKeyToSealTokensNothingIsConnectedAndTheAnswerSaysHowToSetOne() {
        ConnectShopify.Result result = connect(new TestSecrets(false), new ScriptedAdmin("shpat_1", ALL)).execute(command(SHOP, "shpat_1"));

        assertEquals(new ConnectShopify.Result.KeyMissing("set the key"), result);
        assertTrue(connections.find(SHOP).isEmpty());
    }

    @Test
    void aTokenShopifyRefusesIsRefusedAndNothingIsKept() {
        ConnectShopify.Result result = connect(new TestSecrets(true), new ScriptedAdmin("shpat_1", ALL)).execute(command(SHOP, "shpat_2"));

        ConnectShopify.Result.Refused refused = assertInstanceOf(ConnectShopify.Result.Refused.class, result);
        assertEquals(ShopifyFailure.Kind.UNAUTHORIZED, refused.failure().kind());
        assertTrue(connections.find(SHOP).isEmpty());
    }

    @Test
    void aTokenWithoutARequiredScopeIsRefusedNamingIt() {
        ConnectShopify.Result result = connect(new TestSecrets(true), new ScriptedAdmin("shpat_1",
                Set.of("read_products", "read_orders", "read_locations"))).execute(command(SHOP, "shpat_1"));

        assertEquals(new ConnectShopify.Result.MissingScopes(Set.of("read_inventory")), result);
    }

    @Test
    void aShopifyShopAnotherShopHoldsIsRefused() {
        ConnectShopify connect = connect(new TestSecrets(true), new ScriptedAdmin("shpat_1", ALL));
        connect.execute(command(ShopId.of("other"), "shpat_1"));

        assertEquals(new ConnectShopify.Result.DomainTaken(DOMAIN, ShopId.of("other")), connect.execute(command(SHOP, "shpat_1")));
    }

    @Test
    void aWorkingTokenIsKeptSealedTheWebhooksSubscribedAndTheHistoricalSyncStarted() {
        TestSecrets secrets = new TestSecrets(true);
        ScriptedAdmin admin = new ScriptedAdmin("shpat_1", Set.of("read_products", "read_orders", "read_inventory", "read_locations"));

        ConnectShopify.Result.Connected connected = assertInstanceOf(ConnectShopify.Result.Connected.class,
                connect(secrets, admin).execute(command(SHOP, "shpat_1")));

        assertEquals(Set.of("read_all_orders", "read_customers"), connected.missingRecommended());
        assertFalse(new String(connections.storedToken(SHOP), StandardCharsets.UTF_8).contains("shpat_1"), "the token is stored sealed");
        assertArrayEquals(secrets.seal("shpat_1"), connections.storedToken(SHOP));
        assertTrue(connections.find(SHOP).orElseThrow().ownWebhookSecret());
        assertEquals(8, admin.subscribed.size());
        StartShopifySync.Result.Started sync = assertInstanceOf(StartShopifySync.Result.Started.class,
                connected.connection().sync().orElseThrow());
        assertEquals(JobKind.SHOPIFY_SYNC, sync.job().kind());
        assertEquals(SyncMode.HISTORICAL, ((SyncRequest) sync.job().request()).mode());
    }

    @Test
    void anIncrementalSyncOfAShopNeverSyncedReadsEverything() {
        connect(new TestSecrets(true), new ScriptedAdmin("shpat_1", ALL)).execute(new ConnectShopify.Command(SHOP, DOMAIN,
                new AccessToken("shpat_1"), Optional.empty(), false, Optional.empty()));
        StartShopifySync start = new StartShopifySync(shops, connections, connections, jobs, Optional.empty(), clock);

        StartShopifySync.Result.Started started = assertInstanceOf(StartShopifySync.Result.Started.class,
                start.execute(new StartShopifySync.Command(SHOP, SyncMode.INCREMENTAL, Optional.empty())));

        assertEquals(SyncMode.HISTORICAL, ((SyncRequest) started.job().request()).mode());
        assertEquals(new StartShopifySync.Result.NotConnected(ShopId.of("other")),
                start.execute(new StartShopifySync.Command(ShopId.of("other"), SyncMode.INCREMENTAL, Optional.empty())));
    }
}
