package com.cartwise.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.port.ShopifyAdmin;
import com.cartwise.application.port.ShopifyAdmin.Window;
import com.cartwise.application.shopify.ShopifyAccess;
import com.cartwise.application.shopify.ShopifyFailure;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.catalog.VariantRecord;
import com.cartwise.domain.imports.InventoryLevelRow;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.shopify.AccessToken;
import com.cartwise.domain.shopify.ShopDomain;
import com.cartwise.domain.shopify.WebhookTopic;
import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.FakeShopify;
import com.cartwise.fakeshopify.GeneratedShop;
import io.micronaut.json.JsonMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Admin API client against a fake Shopify on 127.0.0.1: bulk operations, pages, throttling, failures. */
class GraphqlShopifyAdminTest {
    private static final String DOMAIN = "alpine-outfitters.myshopify.com";
    private static final String TOKEN = "shpat_test_0123456789";
    private static final Set<String> SCOPES = Set.of("read_products", "read_orders", "read_inventory", "read_locations");

    private FakeShopify fake;
    private FakeShop shop;
    private final ShopifyAccess access = new ShopifyAccess(ShopDomain.of(DOMAIN), new AccessToken(TOKEN));

    @BeforeEach
    void startFakeShopify() {
        fake = FakeShopify.start();
        shop = GeneratedShop.generate(DOMAIN, 30, 200, 42);
        fake.add(shop, TOKEN, SCOPES);
    }

    @AfterEach
    void stopFakeShopify() {
        fake.close();
    }

    private ShopifyAdmin admin(int pageSize, int retries) {
        return new GraphqlShopifyAdmin(HttpClient.newHttpClient(), JsonMapper.createDefault(), new ShopifySettings(fake.adminUrl(),
                "2025-10", Duration.ofSeconds(10), retries, Duration.ofMillis(20), Duration.ofMillis(10), pageSize));
    }

    private ShopifyAdmin admin() {
        return admin(10, 3);
    }

    private static final Window EVERYTHING = new Window.Everything(Optional.empty());

    @Test
    void aHistoricalReadGivesEveryVariantThroughAPolledBulkOperation() {
        CollectingFeed feed = new CollectingFeed();

        admin().readCatalogue(access, EVERYTHING, 0, feed);

        long variants = shop.products.stream().mapToLong(p -> p.variants.size()).sum();
        assertEquals(variants, feed.of(VariantRow.class).size());
        assertTrue(fake.operations().containsAll(List.of("RunBulkQuery", "BulkOperationStatus")));
        assertTrue(feed.steps.contains(ShopifyAdmin.Feed.Step.PREPARING));
        FakeShop.Product product = shop.products.get(3);
        FakeShop.Variant expected = product.variants.getFirst();
        VariantRecord read = feed.of(VariantRow.class).stream().map(VariantRow::variant)
                .filter(v -> v.shopifyVariantId() == expected.id).findFirst().orElseThrow();
        assertEquals(product.handle, read.product().handle());
        assertEquals(product.title, read.product().title());
        assertEquals(Optional.of(product.id), read.product().shopifyProductId());
        assertEquals(expected.options, read.optionValues());
        assertEquals(expected.sku, read.sku());
        assertEquals(0, expected.price.compareTo(read.price()));
        assertEquals(expected.inventoryItemId, read.inventoryItemId());
        assertEquals(shop.quantity(expected), read.stock().quantity());
        assertEquals(expected.tracked, read.stock().tracked());
    }

    @Test
    void aDraftOrArchivedProductKeepsItsStatus() {
        shop.products.get(4).status = "DRAFT";
        shop.products.get(5).status = "ARCHIVED";
        CollectingFeed feed = new CollectingFeed();

        admin().readCatalogue(access, EVERYTHING, 0, feed);

        assertEquals(Set.of(ProductStatus.DRAFT), statusesOf(feed, shop.products.get(4)));
        assertEquals(Set.of(ProductStatus.ARCHIVED), statusesOf(feed, shop.products.get(5)));
        assertEquals(Set.of(ProductStatus.ACTIVE), statusesOf(feed, shop.products.get(6)));
    }

    private static Set<ProductStatus> statusesOf(CollectingFeed feed, FakeShop.Product product) {
        return feed.of(VariantRow.class).stream().filter(v -> v.variant().product().handle().equals(product.handle))
                .map(v -> v.variant().product().status()).collect(Collectors.toSet());
    }

    @Test
    void ordersComeWithTheirLinesCustomerAndCancelledAndRefundedState() {
        CollectingFeed feed = new CollectingFeed();

        admin().readOrders(access, EVERYTHING, 2, feed);

        List<OrderRecord> orders = feed.of(OrderRecord.class);
        assertEquals(shop.orders.size(), orders.size());
        for (FakeShop.Order expected : shop.orders) {
            OrderRecord read = orders.stream().filter(o -> o.name().equals(expected.name)).findFirst().orElseThrow();
            assertEquals(Optional.of(expected.id), read.header().shopifyOrderId());
            assertEquals(expected.createdAt, read.header().createdAt().dayFirst());
            assertEquals(Optional.ofNullable(expected.cancelledAt), read.header().cancelledAt().map(d -> d.dayFirst()));
            assertEquals(expected.financialStatus.toLowerCase(), read.header().financialStatus());
            assertEquals(expected.email, read.header().customer());
            assertEquals(expected.lines.stream().map(l -> l.currentQuantity == 0).toList(),
                    read.lines().stream().map(LineRecord::refunded).toList());
            assertEquals(expected.lines.stream().map(l -> l.variantId).toList(),
                    read.lines().stream().map(LineRecord::shopifyVariantId).toList());
            assertEquals(2, read.source().file());
        }
        assertTrue(orders.stream().anyMatch(o -> o.header().cancelledAt().isPresent()), "the generated shop has cancelled orders");
        assertTrue(orders.stream().anyMatch(o -> o.header().fullyRefunded()), "and fully refunded ones");
    }

    @Test
    void ordersCreatedBeforeTheWindowAreNotRead() {
        Instant since = shop.orders.get(150).createdAt;
        CollectingFeed feed = new CollectingFeed();

        admin().readOrders(access, new Window.Everything(Optional.of(since)), 0, feed);

        assertEquals(50, feed.of(OrderRecord.class).size());
        assertEquals(50, admin().count(access, new Window.Everything(Optional.of(since))).orders());
    }

    @Test
    void stockComesByLocationWithTheVariantItsHandleAndOptionsName() {
        CollectingFeed feed = new CollectingFeed();

        admin().readStock(access, 1, feed);

        List<InventoryLevelRow> levels = feed.of(InventoryLevelRow.class);
        assertEquals(shop.products.stream().mapToLong(p -> p.variants.size()).sum() * 2, levels.size());
        FakeShop.Variant variant = shop.products.get(5).variants.getLast();
        int[] main = shop.stock.get(variant.inventoryItemId).get(shop.locations.getFirst().id());
        InventoryLevelRow read = levels.stream().filter(l -> l.variant().handle().equals(shop.products.get(5).handle)
                && l.variant().optionValues().equals(variant.options) && l.location().equals("Main warehouse")).findFirst().orElseThrow();
        assertEquals(main[0], read.available().getAsInt());
        assertEquals(main[1], read.onHand().getAsInt());
    }

    @Test
    void anIncrementalReadGivesWhatChangedSinceTheCursorPageByPage() {
        Instant cursor = Instant.parse("2030-01-01T00:00:00Z");
        FakeShop.Product changed = shop.products.get(7);
        changed.updatedAt = cursor.plusSeconds(5);
        changed.title = "Renamed Jacket";
        List<FakeShop.Order> orders = List.of(shop.orders.get(10), shop.orders.get(11), shop.orders.get(12));
        orders.forEach(o -> o.updatedAt = cursor.plusSeconds(9));
        CollectingFeed products = new CollectingFeed();
        CollectingFeed changedOrders = new CollectingFeed();

        admin(1, 3).readCatalogue(access, new Window.UpdatedSince(cursor, Optional.empty()), 0, products);
        admin(2, 3).readOrders(access, new Window.UpdatedSince(cursor, Optional.empty()), 1, changedOrders);

        assertEquals(changed.variants.size(), products.of(VariantRow.class).size());
        assertTrue(products.of(VariantRow.class).stream().allMatch(v -> v.variant().product().title().equals("Renamed Jacket")));
        assertEquals(orders.stream().map(o -> o.name).toList(), changedOrders.of(OrderRecord.class).stream().map(OrderRecord::name).toList());
        assertEquals(orders.stream().map(o -> o.lines.size()).toList(),
                changedOrders.of(OrderRecord.class).stream().map(o -> o.lines().size()).toList());
        if (changed.variants.size() > 1) {
            assertTrue(fake.operations().contains("ProductVariantsPage"), "a product's further variants come by follow-up pages");
        }
    }

    @Test
    void aThrottledQueryIsWaitedOutAndTheReadIsWhole() {
        // A bucket that holds one page at a time, refilled in a fraction of a second.
        fake.throttle(500, 2000);
        shop.orders.forEach(o -> o.updatedAt = Instant.parse("2030-01-01T00:00:00Z"));
        CollectingFeed feed = new CollectingFeed();

        admin(5, 3).readOrders(access, new Window.UpdatedSince(Instant.parse("2029-01-01T00:00:00Z"), Optional.empty()), 0, feed);

        assertEquals(shop.orders.size(), feed.of(OrderRecord.class).size());
        assertTrue(fake.operations().stream().anyMatch(o -> o.endsWith(":THROTTLED")) || feed.steps.contains(ShopifyAdmin.Feed.Step.THROTTLED),
                "the bucket ran dry at least once: " + fake.operations().stream().distinct().toList());
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterAndNeverCounts() {
        fake.retryAfter("0.2");
        fake.failNext(429, 5);
        CollectingFeed feed = new CollectingFeed();

        admin(10, 0).readCatalogue(access, EVERYTHING, 0, feed);

        assertEquals(shop.products.stream().mapToLong(p -> p.variants.size()).sum(), feed.of(VariantRow.class).size());
        assertEquals(5, fake.operations().stream().filter("429"::equals).count());
    }

    @Test
    void a5xxIsRetriedWithPausesAndAfterTheRetriesFailsSayingSo() {
        fake.failNext(503, 2);
        assertEquals(shop.name, admin(10, 2).shop(access).name());

        fake.failNext(503, 3);
        ShopifyFailure failure = assertThrows(ShopifyFailure.class, () -> admin(10, 2).shop(access));
        assertEquals(ShopifyFailure.Kind.UNAVAILABLE, failure.kind());
        assertTrue(failure.getMessage().contains("503"), failure.getMessage());
    }

    @Test
    void aRevokedTokenIsRefusedAsUnauthorizedAndTheMessageHoldsNoToken() {
        fake.revoke(DOMAIN);

        ShopifyFailure failure = assertThrows(ShopifyFailure.class, () -> admin().shop(access));

        assertEquals(ShopifyFailure.Kind.UNAUTHORIZED, failure.kind());
        assertFalse(failure.getMessage().contains(TOKEN));
    }

    @Test
    void aBulkQueryADeadSyncLeftRunningIsCancelledFirst() {
        fake.leaveBulkRunning(DOMAIN);
        CollectingFeed feed = new CollectingFeed();

        admin().readCatalogue(access, EVERYTHING, 0, feed);

        assertTrue(fake.operations().contains("CancelBulkOperation"));
        assertFalse(feed.records.isEmpty());
    }

    @Test
    void theShopsDetailsAndGrantedScopesProveTheToken() {
        ShopifyAdmin.ShopDetails details = admin().shop(access);

        assertEquals(shop.name, details.name());
        assertEquals("EUR", details.currencyCode());
        assertEquals(SCOPES, details.scopes());
    }

    @Test
    void everyTopicIsSubscribedOnceAndSubscribingAgainChangesNothing() {
        URI callback = URI.create("https://cartwise.example.com/api/v1/shopify/webhooks");

        Set<WebhookTopic> first = admin().subscribe(access, callback, WebhookTopic.subscribableTopics());
        Set<WebhookTopic> again = admin().subscribe(access, callback, WebhookTopic.subscribableTopics());

        assertEquals(Set.copyOf(WebhookTopic.subscribableTopics()), first);
        assertEquals(first, again);
        assertEquals(WebhookTopic.subscribableTopics().size(), fake.subscriptions().size());
    }

    @Test
    void aLocationIsNamedByItsNumericId() {
        assertEquals(Optional.of("City store"), admin().locationName(access, shop.locations.get(1).id()));
    }

    @Test
    void theDefaultPageSizeStaysWithinShopifysSingleQueryCostLimit() {
        shop.orders.forEach(o -> o.updatedAt = Instant.parse("2030-01-01T00:00:00Z"));
        CollectingFeed feed = new CollectingFeed();

        admin(10, 0).readOrders(access, new Window.UpdatedSince(Instant.parse("2029-01-01T00:00:00Z"), Optional.empty()), 0, feed);
        admin(10, 0).readCatalogue(access, new Window.UpdatedSince(Instant.parse("2000-01-01T00:00:00Z"), Optional.empty()), 1, feed);

        assertTrue(fake.operations().stream().noneMatch(o -> o.endsWith("MAX_COST_EXCEEDED")));
        ShopifyFailure tooBig = assertThrows(ShopifyFailure.class, () -> admin(25, 0).readOrders(access,
                new Window.UpdatedSince(Instant.parse("2029-01-01T00:00:00Z"), Optional.empty()), 0, new CollectingFeed()));
        assertTrue(tooBig.getMessage().contains("MAX_COST_EXCEEDED"), tooBig.getMessage());
    }

    @Test
    void aVariantWithAPriceShopifyCannotHaveIsRefusedAloneAndTheRestIsRead() {
        FakeShop.Variant broken = shop.products.get(2).variants.getFirst();
        broken.price = new BigDecimal("-1.00");
        CollectingFeed feed = new CollectingFeed();

        admin().readCatalogue(access, EVERYTHING, 0, feed);

        assertEquals(1, feed.refused.size());
        assertEquals("price", feed.refused.getFirst().columnName());
        assertEquals(shop.products.stream().mapToLong(p -> p.variants.size()).sum() - 1, feed.of(VariantRow.class).size());
    }

    @Test
    void theTokenTravelsInItsHeaderOnlyAndNeverToTheBulkResultsStorage() {
        // The fake answers 400 when a bulk result is fetched with a token: a whole read proves none went there.
        CollectingFeed feed = new CollectingFeed();

        admin().readOrders(access, EVERYTHING, 0, feed);

        assertEquals(shop.orders.size(), feed.of(OrderRecord.class).size());
    }
}
