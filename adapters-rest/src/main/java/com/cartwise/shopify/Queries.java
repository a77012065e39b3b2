package com.cartwise.shopify;

/**
 * The GraphQL documents Cartwise sends, each a named operation (the fake Shopify of the tests
 * answers by name). The same fields are read from a bulk result line and from a page's node, so
 * the product, variant, order and line selections are written once.
 */
final class Queries {
    static final String PRODUCT = "id handle title vendor productType tags status createdAt updatedAt";
    static final String VARIANT = "id sku barcode price compareAtPrice inventoryPolicy inventoryQuantity"
            + " selectedOptions { value } inventoryItem { id tracked unitCost { amount } }";
    static final String ORDER = "id name createdAt updatedAt cancelledAt currencyCode displayFinancialStatus sourceName email"
            + " customer { id } discountCode totalDiscountsSet { shopMoney { amount } }"
            + " totalRefundedSet { shopMoney { amount } }";
    static final String LINE = "id name sku quantity currentQuantity vendor variant { id }"
            + " originalUnitPriceSet { shopMoney { amount } } totalDiscountSet { shopMoney { amount } }";
    static final String STOCK_ITEM = "id variant { id sku product { handle } selectedOptions { value } }";
    static final String STOCK_LEVEL = "location { id name } quantities(names: [\"available\", \"on_hand\"]) { name quantity }";

    static final String SHOP = """
            query ShopDetails {
              shop { name currencyCode myshopifyDomain }
              currentAppInstallation { accessScopes { handle } }
            }""";

    static final String COUNTS = """
            query SyncTotals($productsQuery: String, $ordersQuery: String) {
              productsCount(query: $productsQuery, limit: null) { count }
              productVariantsCount(limit: null) { count }
              ordersCount(query: $ordersQuery, limit: null) { count }
            }""";

    static final String RUN_BULK = """
            mutation RunBulkQuery($query: String!) {
              bulkOperationRunQuery(query: $query, groupObjects: true) {
                bulkOperation { id status }
                userErrors { field message code }
              }
            }""";

    static final String BULK_STATUS = """
            query BulkOperationStatus($id: ID!) {
              node(id: $id) {
                ... on BulkOperation { id status errorCode objectCount rootObjectCount url partialDataUrl }
              }
            }""";

    static final String CURRENT_BULK = """
            query CurrentBulkOperation {
              currentBulkOperation(type: QUERY) { id status }
            }""";

    static final String PRODUCTS_PAGE = """
            query ProductsUpdatedSince($first: Int!, $after: String, $query: String!) {
              products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
                pageInfo { hasNextPage endCursor }
                nodes { %s variants(first: $first) { pageInfo { hasNextPage endCursor } nodes { %s } } }
              }
            }""".formatted(PRODUCT, VARIANT);

    static final String MORE_VARIANTS = """
            query ProductVariantsPage($id: ID!, $first: Int!, $after: String) {
              product(id: $id) { variants(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { %s } } }
            }""".formatted(VARIANT);

    static final String ORDERS_PAGE = """
            query OrdersUpdatedSince($first: Int!, $after: String, $query: String!) {
              orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
                pageInfo { hasNextPage endCursor }
                nodes { %s lineItems(first: $first) { pageInfo { hasNextPage endCursor } nodes { %s } } }
              }
            }""".formatted(ORDER, LINE);

    static final String MORE_LINES = """
            query OrderLineItemsPage($id: ID!, $first: Int!, $after: String) {
              order(id: $id) { lineItems(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { %s } } }
            }""".formatted(LINE);

    static final String LOCATION = """
            query LocationName($id: ID!) {
              location(id: $id) { name }
            }""";

    static final String SUBSCRIBE = """
            mutation SubscribeWebhook($topic: WebhookSubscriptionTopic!, $callbackUrl: URL!) {
              webhookSubscriptionCreate(topic: $topic, webhookSubscription: { callbackUrl: $callbackUrl, format: JSON }) {
                webhookSubscription { id }
                userErrors { field message }
              }
            }""";

    private Queries() {
    }

    /** The bulk query of every product and its variants. */
    static String bulkProducts() {
        return "{ products { edges { node { " + PRODUCT + " variants { edges { node { " + VARIANT + " } } } } } } }";
    }

    /** The bulk query of every inventory item's levels by location. */
    static String bulkStock() {
        return "{ inventoryItems { edges { node { " + STOCK_ITEM + " inventoryLevels { edges { node { " + STOCK_LEVEL
                + " } } } } } } }";
    }

    /** The bulk query of the orders (created since a date, when given) and their lines. */
    static String bulkOrders(String search) {
        String arguments = search.isEmpty() ? "" : "(query: " + quoted(search) + ")";
        return "{ orders" + arguments + " { edges { node { " + ORDER + " lineItems { edges { node { " + LINE + " } } } } } } }";
    }

    /** A GraphQL string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
