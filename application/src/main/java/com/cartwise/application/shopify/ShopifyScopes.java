package com.cartwise.application.shopify;

import java.util.Set;
import java.util.TreeSet;

/**
 * The Admin API access scopes a sync reads with. Without the required ones a sync cannot run;
 * without the recommended ones it runs on less: orders older than 60 days stay out without
 * read_all_orders, and orders carry no customer without read_customers.
 */
public final class ShopifyScopes {
    public static final Set<String> REQUIRED = Set.of("read_products", "read_orders", "read_inventory", "read_locations");
    public static final Set<String> RECOMMENDED = Set.of("read_all_orders", "read_customers");

    private ShopifyScopes() {
    }

    /** Every scope an install asks for, in a stable order. */
    public static Set<String> all() {
        Set<String> all = new TreeSet<>(REQUIRED);
        all.addAll(RECOMMENDED);
        return all;
    }

    /**
     * The required scopes the granted ones lack. Shopify grants a write scope in place of its read
     * scope (write_orders includes read_orders), so a write scope counts.
     */
    public static Set<String> missing(Set<String> granted, Set<String> wanted) {
        Set<String> missing = new TreeSet<>();
        for (String scope : wanted) {
            if (!granted.contains(scope) && !granted.contains(scope.replaceFirst("^read_", "write_"))) {
                missing.add(scope);
            }
        }
        return missing;
    }
}
