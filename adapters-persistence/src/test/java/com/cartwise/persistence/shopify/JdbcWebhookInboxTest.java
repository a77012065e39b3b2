package com.cartwise.persistence.shopify;

import static com.cartwise.persistence.testing.Fixtures.newShop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.jobs.JobId;
import com.cartwise.application.port.WebhookInbox;
import com.cartwise.application.shopify.WebhookDelivery;
import com.cartwise.domain.shop.ShopId;
import com.cartwise.domain.shopify.WebhookTopic;
import com.cartwise.persistence.TransactionalJdbc;
import com.cartwise.persistence.testing.PostgresPorts;
import com.cartwise.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook inbox on PostgreSQL: kept once by id, taken in arrival order by one job at a time, erased when processed. */
class JdbcWebhookInboxTest {
    private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    private final WebhookInbox inbox = TestDatabase.context().getBean(WebhookInbox.class);
    private final ShopId shop = newShop(PostgresPorts.shared().shops(), "EUR");

    private static WebhookDelivery delivery(String id) {
        return new WebhookDelivery(id, WebhookTopic.ORDERS_CREATE, NOW, NOW, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeliveryIsKeptOnceUnderItsWebhookId() {
        assertTrue(inbox.keep(shop, delivery("w1")));
        assertFalse(inbox.keep(shop, delivery("w1")));
        assertEquals(1, inbox.unprocessed(shop));
    }

    @Test
    void deliveriesAreTakenInTheOrderTheyCameAndOneJobAtATime() {
        List.of("c", "a", "b").forEach(id -> inbox.keep(shop, delivery(id)));
        JobId first = JobId.random();
        JobId second = JobId.random();

        WebhookInbox.Claim taken = inbox.claim(shop, first, 2, NOW, Duration.ofMinutes(5));
        WebhookInbox.Claim meanwhile = inbox.claim(shop, second, 2, NOW, Duration.ofMinutes(5));
        inbox.processed(shop, taken.deliveries().stream().map(WebhookDelivery::webhookId).toList(), NOW);
        WebhookInbox.Claim rest = inbox.claim(shop, second, 2, NOW, Duration.ofMinutes(5));

        assertEquals(List.of("c", "a"), taken.deliveries().stream().map(WebhookDelivery::webhookId).toList());
        assertTrue(meanwhile.heldElsewhere());
        assertEquals(List.of("b"), rest.deliveries().stream().map(WebhookDelivery::webhookId).toList());
    }

    @Test
    void aJobThatDiedLetsItsDeliveriesGoWhenItsHoldEnds() {
        inbox.keep(shop, delivery("w1"));
        inbox.claim(shop, JobId.random(), 10, NOW, Duration.ofMinutes(5));

        WebhookInbox.Claim later = inbox.claim(shop, JobId.random(), 10, NOW.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5));

        assertFalse(later.heldElsewhere());
        assertEquals(1, later.deliveries().size());
    }

    @Test
    void aProcessedDeliveryKeepsItsIdAndLosesItsPayload() {
        inbox.keep(shop, delivery("w1"));

        inbox.processed(shop, List.of("w1"), NOW);

        assertEquals(0, inbox.unprocessed(shop));
        assertFalse(inbox.keep(shop, delivery("w1")), "a retry is still recognised");
        assertNull(TestDatabase.context().getBean(TransactionalJdbc.class).read(c -> Bound.list(c,
                "SELECT payload FROM shopify_webhooks WHERE shop_id = ?", row -> row.getBytes(1), shop.value()).getFirst()));
    }
}
