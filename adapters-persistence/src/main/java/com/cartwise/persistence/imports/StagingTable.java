package com.cartwise.persistence.imports;

/**
 * The staging tables of one import: temporary tables of the import's own database session, so
 * that they need no WAL, are invisible to every other session, and vanish with the session if the
 * process dies half-way. Columns follow the staged records; {@code file} and {@code line} place
 * every row for the problems the checks report.
 */
enum StagingTable {
    VARIANTS("stage_variants", """
            seq bigint, file integer, line bigint, handle text COLLATE "C", title text, vendor text, product_type text,
            tags text[], status text, category text, collections text[], source_created_at timestamptz,
            option_values text[], sku text COLLATE "C", barcode text, shopify_variant_id bigint, price numeric,
            inventory_tracked boolean, inventory_quantity integer, inventory_policy text, compare_at_price numeric,
            cost numeric, inventory_item_id bigint, line_name text COLLATE "C", target bigint, shopify_product_id bigint"""),
    ORDERS("stage_orders", """
            seq bigint, file integer, line bigint, last_line bigint, name text COLLATE "C", created_day_first timestamptz,
            created_month_first timestamptz, currency text, cancelled_day_first timestamptz,
            cancelled_month_first timestamptz, financial_status text, refunded_amount numeric, discount_code text,
            discount_amount numeric, sales_channel text, customer text, content_hash bigint, shopify_order_id bigint"""),
    LINES("stage_lines", """
            order_seq bigint, line_number integer, file integer, line bigint, name text COLLATE "C",
            sku text COLLATE "C", shopify_variant_id bigint, quantity integer, price numeric, compare_at_price numeric,
            discount numeric, vendor text, refunded boolean, creates_variant boolean, line_key integer"""),
    LINE_KEYS("stage_line_keys", """
            line_key integer, shopify_variant_id bigint, sku text COLLATE "C", name text COLLATE "C"
            """),
    INVENTORY("stage_inventory", """
            file integer, line bigint, handle text COLLATE "C", option_values text[], sku text COLLATE "C",
            location text, available integer, on_hand integer"""),
    CUSTOMERS("stage_customers", """
            file integer, line bigint, customer_key text, shopify_customer_id bigint, email text, first_name text,
            last_name text, orders_count integer, total_spent numeric, tags text[], accepts_email_marketing boolean"""),
    RUN_PRODUCTS("stage_run_products", """
            file integer, line bigint, product_id bigint, handle text COLLATE "C", title text, vendor text,
            product_type text, tags text[], status text, category text, collections text[],
            created_day_first timestamptz, created_month_first timestamptz"""),
    RUN_VARIANTS("stage_run_variants", """
            file integer, line bigint, variant_id bigint, product_id bigint, sku text COLLATE "C", option_values text[],
            price numeric, compare_at_price numeric, cost numeric, inventory_item_id bigint"""),
    RUN_INVENTORY("stage_run_inventory", """
            file integer, line bigint, inventory_item_id bigint, location text, available integer"""),
    REFUSALS("stage_refusals", """
            ordinal bigint, file text, line bigint, column_no integer, column_name text, value text, reason text"""),
    FILES("stage_files", """
            file integer, name text, month_first boolean, key_column integer, key_column_name text, format text""");

    private final String name;
    private final String columns;

    StagingTable(String name, String columns) {
        this.name = name;
        this.columns = columns.strip();
    }

    String tableName() {
        return name;
    }

    String create() {
        return "CREATE TEMPORARY TABLE " + name + " (" + columns + ")";
    }

    /**
     * The COPY statement that loads a spool of this table: every column, in declaration order,
     * frozen, which needs the table made in the same transaction.
     */
    String copy() {
        return "COPY " + name + " FROM STDIN (FREEZE)";
    }
}
