package com.cartwise.shopify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cartwise.application.shopify.WebhookEvent;
import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.catalog.ProductStatus;
import com.cartwise.domain.imports.LineRecord;
import com.cartwise.domain.imports.OrderRecord;
import com.cartwise.domain.imports.VariantRow;
import com.cartwise.domain.shopify.WebhookTopic;
import com.cartwise.fakeshopify.FakeShop;
import com.cartwise.fakeshopify.GeneratedShop;
import com.cartwise.fakeshopify.JsonText;
import com.cartwise.fakeshopify.RestShapes;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Webhook bodies (the REST Admin API's shapes) read into the records a sync makes of the same objects. */
class RestWebhookPayloadsTest {
    private static final Path SAMPLES = Path.of("../../shared/data/shopify-samples/admin-api-json");
    private final RestWebhookPayloads payloads = new RestWebhookPayloads(JsonMapper.createDefault());
    private final FakeShop shop = GeneratedShop.generate("alpine.myshopify.com", 10, 40, 7);

    private WebhookEvent read(WebhookTopic topic, Map<String, Object> body) {
        return payloads.read(topic, JsonText.of(body).getBytes(StandardCharsets.UTF_8), 2, 1);
    }

    @Test
    void anOrderWebhookIsTheOrderWithItsLinesAndRefunds() {
        FakeShop.Order order = shop.orders.stream().filter(o -> o.lines.size() > 1).findFirst().orElseThrow();
        order.financialStatus = "PARTIALLY_REFUNDED";
        order.lines.getLast().currentQuantity = 0;
        order.totalRefunded = order.lines.getLast().price;

        WebhookEvent.OrderChanged changed = assertInstanceOf(WebhookEvent.OrderChanged.class,
                read(WebhookTopic.ORDERS_UPDATED, RestShapes.order(shop, order)));

        OrderRecord record = changed.order();
        assertEquals(order.id, changed.shopifyOrderId());
        assertEquals(order.name, record.name());
        assertEquals(Optional.of(order.id), record.header().shopifyOrderId());
        assertEquals("partially_refunded", record.header().financialStatus());
        assertEquals(Optional.of(order.totalRefunded), record.header().refundedAmount());
        assertEquals(order.email, record.header().customer());
        assertEquals(order.lines.stream().map(l -> l.currentQuantity == 0).toList(), record.lines().stream().map(LineRecord::refunded).toList());
        assertEquals(order.lines.stream().map(l -> l.sku).toList(), record.lines().stream().map(LineRecord::sku).toList());
    }

    @Test
    void aProductWebhookIsEveryVariantOfTheProductWithItsIds() {
        FakeShop.Product product = shop.products.get(1);
        product.status = "DRAFT";

        WebhookEvent.ProductChanged changed = assertInstanceOf(WebhookEvent.ProductChanged.class,
                read(WebhookTopic.PRODUCTS_UPDATE, RestShapes.product(shop, product)));

        assertEquals(product.id, changed.shopifyProductId());
        assertEquals(product.variants.size(), changed.variants().size());
        VariantRow first = changed.variants().getFirst();
        assertEquals(product.handle, first.variant().product().handle());
        assertEquals(ProductStatus.DRAFT, first.variant().product().status());
        assertEquals(product.tags, first.variant().product().tags());
        assertEquals(product.variants.getFirst().options, first.variant().optionValues());
        assertEquals(product.variants.getFirst().inventoryItemId, first.variant().inventoryItemId());
        assertEquals(Optional.of(product.id), first.variant().product().shopifyProductId());
    }

    @Test
    void theSmallTopicsSayWhatTheyAreAbout() {
        assertEquals(new WebhookEvent.ProductDeleted(77), read(WebhookTopic.PRODUCTS_DELETE, Map.of("id", 77)));
        assertEquals(new WebhookEvent.StockChanged(5, 6, 3), read(WebhookTopic.INVENTORY_LEVELS_UPDATE, RestShapes.inventoryLevel(5, 6, 3)));
        assertInstanceOf(WebhookEvent.AppUninstalled.class, read(WebhookTopic.APP_UNINSTALLED, RestShapes.appUninstalled(shop)));
        assertInstanceOf(WebhookEvent.ShopRedactRequested.class, read(WebhookTopic.SHOP_REDACT, RestShapes.shopRedact(shop)));
        WebhookEvent.CustomerRedactRequested redact = assertInstanceOf(WebhookEvent.CustomerRedactRequested.class,
                read(WebhookTopic.CUSTOMERS_REDACT, RestShapes.customersRedact(shop, 42, "ada@example.com", List.of(1L, 2L))));
        assertEquals(Optional.of(42L), redact.customer().shopifyCustomerId());
        assertEquals(Optional.of("ada@example.com"), redact.customer().email());
        assertEquals(List.of(1L, 2L), redact.shopifyOrderIds());
        WebhookEvent.CustomerDataRequested request = assertInstanceOf(WebhookEvent.CustomerDataRequested.class,
                read(WebhookTopic.CUSTOMERS_DATA_REQUEST, RestShapes.customersDataRequest(shop, 42, "ada@example.com", List.of(3L))));
        assertEquals(List.of(3L), request.shopifyOrderIds());
    }

    @Test
    void aBodyThatIsNotTheTopicsJsonIsRefusedNamingWhy() {
        InvalidInputException notJson = assertThrows(InvalidInputException.class,
                () -> payloads.read(WebhookTopic.ORDERS_CREATE, "<html>".getBytes(StandardCharsets.UTF_8), 2, 1));
        assertEquals("payload", notJson.field());
        InvalidInputException noName = assertThrows(InvalidInputException.class,
                () -> read(WebhookTopic.ORDERS_CREATE, Map.of("id", 5, "created_at", "2024-01-01T00:00:00Z", "line_items", List.of(
                        Map.of("quantity", 1, "sku", "A")))));
        assertEquals("name", noName.field());
    }

    @Test
    void shopifysOwnOrderAndProductFixturesRead() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "skipped: ../shared/data/shopify-samples is absent");
        JsonMapper json = JsonMapper.createDefault();
        byte[] order = json.writeValueAsBytes(json.readValue(Files.readAllBytes(SAMPLES.resolve("order.json")),
                io.micronaut.json.tree.JsonNode.class).get("order"));
        byte[] product = json.writeValueAsBytes(json.readValue(Files.readAllBytes(SAMPLES.resolve("product.json")),
                io.micronaut.json.tree.JsonNode.class).get("product"));

        OrderRecord read = ((WebhookEvent.OrderChanged) payloads.read(WebhookTopic.ORDERS_CREATE, order, 2, 1)).order();
        List<VariantRow> variants = ((WebhookEvent.ProductChanged) payloads.read(WebhookTopic.PRODUCTS_UPDATE, product, 0, 1)).variants();

        assertEquals("#1001", read.name());
        assertEquals("bob.norman@hostmail.com", read.header().customer());
        assertEquals(Optional.of(450789469L), read.header().shopifyOrderId());
        assertEquals("IPOD2008GREEN", read.lines().getFirst().sku());
        assertEquals(39072856L, read.lines().getFirst().shopifyVariantId());
        assertEquals("TENOFF", read.header().discountCode());
        assertEquals("ipod-nano", variants.getFirst().variant().product().handle());
        assertTrue(variants.stream().allMatch(v -> v.variant().stock().tracked()));
        assertEquals(List.of("Pink"), variants.getFirst().variant().optionValues());
    }
}
