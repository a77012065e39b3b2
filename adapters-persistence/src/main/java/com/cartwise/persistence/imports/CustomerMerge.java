package com.cartwise.persistence.imports;

import static com.cartwise.domain.imports.MergeCounts.CUSTOMERS_ADDED;
import static com.cartwise.domain.imports.MergeCounts.CUSTOMERS_UPDATED;

import java.sql.SQLException;

/** Merges Shopify's customers export, keyed by customer id (else e-mail). */
final class CustomerMerge {
    private CustomerMerge() {
    }

    static void run(ShopSql sql, FileCounts counts) throws SQLException {
        if (!sql.exists("SELECT 1 FROM stage_customers")) {
            return;
        }
        sql.countsInto(counts, """
                WITH merged AS (
                    INSERT INTO customers (shop_id, customer_key, shopify_customer_id, email, first_name, last_name, orders_count,
                                           total_spent, tags, accepts_email_marketing)
                    SELECT ?, customer_key, shopify_customer_id, email, first_name, last_name, orders_count, total_spent, tags,
                           accepts_email_marketing FROM stage_customers
                    ON CONFLICT (shop_id, customer_key) DO UPDATE SET shopify_customer_id = excluded.shopify_customer_id,
                        email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name,
                        orders_count = excluded.orders_count, total_spent = excluded.total_spent, tags = excluded.tags,
                        accepts_email_marketing = excluded.accepts_email_marketing
                    RETURNING customer_key, (xmax = 0) AS added)
                SELECT s.file, count(*) FILTER (WHERE merged.added), count(*) FILTER (WHERE NOT merged.added)
                FROM merged JOIN stage_customers s USING (customer_key) GROUP BY s.file""", CUSTOMERS_ADDED, CUSTOMERS_UPDATED);
    }
}
