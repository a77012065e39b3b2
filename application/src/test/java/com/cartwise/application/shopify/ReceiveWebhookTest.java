package com.cartwise.application.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.fakes.InMemoryJobs;
import com.cartwise.application.jobs.JobKind;
import com.cartwise.application.port.ShopifyConnections;
import com.cartwise.application.shopify.access.ShopifyKeys;
import com.cartwise.application.shopify.webhooks.ReceiveWebhook;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.ClientSecret;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.domain.shopify.WebhookTopic;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A webhook delivery is verified, checked for staleness and repetition, kept, and handed to one waiting job. */
class ReceiveWebhookTest {
    private static final ShopId SHOP = ShopId.of("alpine");
    private static final ShopDomain DOMAIN = ShopDomain.of("alpine.myshopify.com");
    private static final ClientSecret APP = new ClientSecret("shpss_app");
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private static final byte[] BODY = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

    private final MemoryConnections connections = new MemoryConnections();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final MemoryInbox inbox = new MemoryInbox(jobs);
    private final TestSecrets secrets = new TestSecrets(true);
    private final ReceiveWebhook receive = new ReceiveWebhook(connections, new ShopifyKeys(connections, secrets), secrets, inbox,
            connections, jobs, Optional.of(APP), Duration.ofHours(48), Clock.fixed(NOW, ZoneOffset.UTC));

    ReceiveWebhookTest() {
        connections.connect(new ShopifyConnections.NewConnection(SHOP, DOMAIN, InstallMethod.OAUTH, Set.of(), secrets.seal("shpat_1"),
                Optional.empty(), NOW));
    }

    private ReceiveWebhook.Result deliver(String id, String topic, Instant triggered, String signature) {
        return receive.execute(new ReceiveWebhook.Delivery(DOMAIN.value(), topic, id, triggered.toString(), signature, BODY));
    }

    private static String signed() {
        return TestSecrets.signature(BODY, APP);
    }

    @Test
    void anAuthenticDeliveryIsKeptAndOneJobIsQueuedForEverythingThatWaits() {
        assertEquals(new ReceiveWebhook.Result.Accepted(SHOP, WebhookTopic.ORDERS_CREATE), deliver("w1", "orders/create", NOW, signed()));
        assertEquals(new ReceiveWebhook.Result.Accepted(SHOP, WebhookTopic.ORDERS_UPDATED), deliver("w2", "orders/updated", NOW, signed()));

        assertEquals(2, inbox.all().size());
        assertEquals(1, jobs.list(SHOP, 10, Optional.empty()).stream().filter(j -> j.kind() == JobKind.SHOPIFY_WEBHOOKS).count(),
                "a second delivery finds the first one's job still waiting");
        assertEquals(Optional.of(NOW), connections.lastWebhook(SHOP));
    }

    @Test
    void anUnsignedForgedStaleOrUndatedDeliveryIsRefusedAndKeepsNothing() {
        assertInstanceOf(ReceiveWebhook.Result.Unauthentic.class, deliver("w1", "orders/create", NOW, null));
        assertInstanceOf(ReceiveWebhook.Result.Unauthentic.class, deliver("w2", "orders/create", NOW, "shpss_other:8"));
        assertInstanceOf(ReceiveWebhook.Result.Unauthentic.class, deliver("w3", "orders/create", NOW.minus(Duration.ofHours(49)), signed()));
        assertInstanceOf(ReceiveWebhook.Result.Unauthentic.class, receive.execute(new ReceiveWebhook.Delivery(DOMAIN.value(),
                "orders/create", "w4", "yesterday", signed(), BODY)));

        assertTrue(inbox.all().isEmpty());
        assertTrue(jobs.list(SHOP, 10, Optional.empty()).isEmpty());
    }

    @Test
    void aDeliveryShopifyRetriesIsKeptOnce() {
        deliver("w1", "orders/create", NOW, signed());

        assertEquals(new ReceiveWebhook.Result.Duplicate("w1"), deliver("w1", "orders/create", NOW, signed()));
        assertEquals(1, inbox.all().size());
    }

    @Test
    void anAuthenticDeliveryOfNoConcernIsAnsweredAndDropped() {
        assertInstanceOf(ReceiveWebhook.Result.Ignored.class, deliver("w1", "carts/update", NOW, signed()));
        assertInstanceOf(ReceiveWebhook.Result.Ignored.class, receive.execute(new ReceiveWebhook.Delivery("unknown.myshopify.com",
                "orders/create", "w2", NOW.toString(), signed(), BODY)));
        assertTrue(inbox.all().isEmpty());
    }

    @Test
    void aShopWhoseOwnCustomAppSignsItsWebhooksIsCheckedWithThatAppsSecret() {
        ClientSecret own = new ClientSecret("shpss_custom");
        connections.connect(new ShopifyConnections.NewConnection(SHOP, DOMAIN, InstallMethod.ACCESS_TOKEN, Set.of(),
                secrets.seal("shpat_1"), Optional.of(secrets.seal(own.value())), NOW));

        assertInstanceOf(ReceiveWebhook.Result.Unauthentic.class, deliver("w1", "orders/create", NOW, signed()));
        assertInstanceOf(ReceiveWebhook.Result.Accepted.class, deliver("w2", "orders/create", NOW, TestSecrets.signature(BODY, own)));
    }
}
