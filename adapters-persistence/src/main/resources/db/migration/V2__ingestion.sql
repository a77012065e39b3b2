-- Ingestion as jobs: uploads are read outside the database, staged with COPY and merged into the
-- shop's tables in one short transaction; order lines are resolved to variants when merged; stock
-- by location; customers; every job and its progress events are rows any instance can read.
--
-- Keys and orderings of text that Cartwise compares (order names, SKUs, line names) use the "C"
-- collation: byte order is what the in-memory code compares with, it is the same on every
-- server whatever its locale, and it is several times cheaper to index than a locale's.
--
-- The high-volume tables (orders, order_lines) carry no foreign keys: PostgreSQL checks a foreign
-- key row by row, which costs more than the rest of a million-line merge together. The merge is
-- the only writer of those rows and keeps them consistent (an order's lines are written and
-- deleted with it, in one transaction, for a shop that exists).

-- Jobs ----------------------------------------------------------------------------------------

CREATE TABLE jobs (
    shop_id          text             NOT NULL REFERENCES shops (id),
    id               uuid             NOT NULL,
    kind             text             NOT NULL CHECK (kind IN ('import', 'training', 'bundle_generation')),
    -- Holds the shop's single write slot (see jobs_one_writer_per_shop).
    writes_shop_data boolean          NOT NULL,
    state            text             NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    phase            text             NOT NULL,
    -- 0-100, never lowered: every write takes the greater of the old and the new value.
    percent          double precision NOT NULL DEFAULT 0 CHECK (percent >= 0 AND percent <= 100),
    message          text             NOT NULL DEFAULT '',
    rows_read        bigint           NOT NULL DEFAULT 0,
    rows_imported    bigint           NOT NULL DEFAULT 0,
    rows_rejected    bigint           NOT NULL DEFAULT 0,
    eta_seconds      bigint,
    created_at       timestamptz      NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    -- The worker holding the job and until when; a worker that stops renewing loses it.
    lease_owner      text,
    lease_expires_at timestamptz,
    attempts         integer          NOT NULL DEFAULT 0,
    cancel_requested boolean          NOT NULL DEFAULT false,
    -- What was asked and what came of it, as JSON documents of the job kind's own shape.
    request          jsonb            NOT NULL,
    report           jsonb,
    failure          jsonb,
    checkpoint       text,
    -- The sequence number of the job's newest event.
    last_event       bigint           NOT NULL DEFAULT 0,
    PRIMARY KEY (shop_id, id)
);

-- One job that writes a shop's data at a time, whichever instance starts it.
CREATE UNIQUE INDEX jobs_one_writer_per_shop ON jobs (shop_id) WHERE writes_shop_data AND state IN ('queued', 'running');
-- Workers take the oldest queued job; the reaper looks for expired leases.
CREATE INDEX jobs_queue_idx ON jobs (created_at) WHERE state = 'queued';
CREATE INDEX jobs_lease_idx ON jobs (lease_expires_at) WHERE state = 'running';
-- A shop's jobs, newest first.
CREATE INDEX jobs_newest_idx ON jobs (shop_id, created_at DESC, id DESC);

-- A job's progress as followers replay it (Server-Sent Events resume after the last id seen).
CREATE TABLE job_events (
    shop_id       text             NOT NULL,
    job_id        uuid             NOT NULL,
    sequence      bigint           NOT NULL,
    at            timestamptz      NOT NULL,
    state         text             NOT NULL,
    phase         text             NOT NULL,
    percent       double precision NOT NULL,
    message       text             NOT NULL,
    rows_read     bigint           NOT NULL,
    rows_imported bigint           NOT NULL,
    rows_rejected bigint           NOT NULL,
    eta_seconds   bigint,
    PRIMARY KEY (shop_id, job_id, sequence),
    FOREIGN KEY (shop_id, job_id) REFERENCES jobs (shop_id, id) ON DELETE CASCADE
);

-- Every row a lenient import refused, with its place and reason: the job's refusal report.
CREATE TABLE import_refusals (
    shop_id     text    NOT NULL,
    job_id      uuid    NOT NULL,
    ordinal     bigint  NOT NULL,
    file        text    NOT NULL,
    line        bigint  NOT NULL,
    column_no   integer NOT NULL,
    column_name text    NOT NULL,
    value       text    NOT NULL,
    reason      text    NOT NULL,
    PRIMARY KEY (shop_id, job_id, ordinal),
    FOREIGN KEY (shop_id, job_id) REFERENCES jobs (shop_id, id) ON DELETE CASCADE
);

-- Catalogue -----------------------------------------------------------------------------------

ALTER TABLE products
    ADD COLUMN category            text        NOT NULL DEFAULT '',
    ADD COLUMN collections         text[]      NOT NULL DEFAULT '{}',
    -- When the shop created the product (a source that says so), for new-launch bundles.
    ADD COLUMN source_created_at   timestamptz,
    -- Shopify's product id, by which the four-file layout's variants name their product.
    ADD COLUMN shopify_product_id  bigint;

CREATE UNIQUE INDEX products_shopify_product_id_key ON products (shop_id, shopify_product_id);

ALTER TABLE variants DROP CONSTRAINT variants_pkey;
ALTER TABLE variants ADD PRIMARY KEY (shop_id, id);
ALTER TABLE variants
    ALTER COLUMN sku TYPE text COLLATE "C",
    ALTER COLUMN line_name TYPE text COLLATE "C",
    ADD COLUMN compare_at_price  numeric CHECK (compare_at_price >= 0),
    ADD COLUMN cost              numeric CHECK (cost >= 0),
    ADD COLUMN inventory_item_id bigint;

CREATE UNIQUE INDEX variants_inventory_item_id_key ON variants (shop_id, inventory_item_id);

-- A variant's stock at each location; its inventory_quantity is their sum once an inventory
-- export has been imported.
CREATE TABLE inventory_levels (
    shop_id    text    NOT NULL,
    variant_id bigint  NOT NULL,
    location   text    NOT NULL,
    available  integer,
    on_hand    integer,
    PRIMARY KEY (shop_id, variant_id, location),
    FOREIGN KEY (shop_id, variant_id) REFERENCES variants (shop_id, id) ON DELETE CASCADE
);

-- Personal data for features (spend, frequency): never logged, never returned by the API.
CREATE TABLE customers (
    shop_id                 text    NOT NULL REFERENCES shops (id),
    -- The Shopify customer id when known, else the e-mail address.
    customer_key            text    NOT NULL,
    shopify_customer_id     bigint,
    email                   text    NOT NULL DEFAULT '',
    first_name              text    NOT NULL DEFAULT '',
    last_name               text    NOT NULL DEFAULT '',
    orders_count            integer,
    total_spent             numeric,
    tags                    text[]  NOT NULL DEFAULT '{}',
    accepts_email_marketing boolean,
    PRIMARY KEY (shop_id, customer_key)
);

-- Orders --------------------------------------------------------------------------------------

-- Orders get a per-shop number (id): lines key on it, which keeps their index append-only as a
-- merge adds orders (a text key would scatter a million inserts over the index).
CREATE TABLE orders_v2 (
    shop_id          text        NOT NULL,
    id               bigint      NOT NULL,
    name             text        COLLATE "C" NOT NULL,
    created_at       timestamptz NOT NULL,
    currency         text        CHECK (char_length(currency) = 3),
    -- A cancelled order stays, flagged, and leaves the baskets.
    cancelled_at     timestamptz,
    financial_status text        NOT NULL DEFAULT '',
    refunded_amount  numeric,
    discount_code    text        NOT NULL DEFAULT '',
    discount_amount  numeric,
    sales_channel    text        NOT NULL DEFAULT '',
    -- Customer id or e-mail: personal, never logged.
    customer         text        NOT NULL DEFAULT '',
    PRIMARY KEY (shop_id, id),
    CONSTRAINT orders_name_key UNIQUE (shop_id, name)
);

CREATE TABLE order_lines_v2 (
    shop_id            text    NOT NULL,
    order_id           bigint  NOT NULL,
    -- 1-based position in the order: baskets list variants in line order.
    line_number        integer NOT NULL,
    name               text    COLLATE "C" NOT NULL DEFAULT '',
    sku                text    COLLATE "C" NOT NULL DEFAULT '',
    shopify_variant_id bigint,
    -- Negative for a returned item, as transaction files book returns; never 0.
    quantity           integer NOT NULL CHECK (quantity <> 0),
    price              numeric CHECK (price >= 0),
    compare_at_price   numeric CHECK (compare_at_price >= 0),
    discount           numeric,
    vendor             text    NOT NULL DEFAULT '',
    -- The line's money was given back: kept, flagged, left out of baskets.
    refunded           boolean NOT NULL DEFAULT false,
    -- The catalogue variant the line is, by the line-to-variant rules (LineResolution): by Shopify
    -- variant id, else by a SKU exactly one variant has, else by a line name exactly one variant
    -- has; null when nothing matches. Decided when the order is merged and again for the lines a
    -- catalogue import may change.
    variant_id         bigint,
    PRIMARY KEY (shop_id, order_id, line_number)
);

INSERT INTO orders_v2 (shop_id, id, name, created_at, currency)
SELECT shop_id, row_number() OVER (PARTITION BY shop_id ORDER BY created_at, name COLLATE "C"), name, created_at, currency
FROM orders;

INSERT INTO order_lines_v2 (shop_id, order_id, line_number, name, sku, shopify_variant_id, quantity, price)
SELECT l.shop_id, o.id, l.line_number, l.name, l.sku, l.shopify_variant_id, l.quantity, l.price
FROM order_lines l JOIN orders_v2 o ON o.shop_id = l.shop_id AND o.name = l.order_name;

DROP TABLE order_lines;
DROP TABLE orders;
ALTER TABLE orders_v2 RENAME TO orders;
ALTER TABLE orders RENAME CONSTRAINT orders_v2_pkey TO orders_pkey;
ALTER TABLE order_lines_v2 RENAME TO order_lines;
ALTER TABLE order_lines RENAME CONSTRAINT order_lines_v2_pkey TO order_lines_pkey;

-- Baskets read a shop's orders oldest first (ties by name, in byte order).
CREATE INDEX orders_created_at_idx ON orders (shop_id, created_at, name);

-- Lines migrated from the first schema are resolved here, by the same rules the merge applies.
UPDATE order_lines l SET variant_id = r.variant_id
FROM (
    SELECT l2.shop_id, l2.order_id, l2.line_number,
           coalesce(by_id.id, by_sku.variant_id, by_name.variant_id) AS variant_id
    FROM order_lines l2
    LEFT JOIN variants by_id ON by_id.shop_id = l2.shop_id AND by_id.shopify_variant_id = l2.shopify_variant_id
    LEFT JOIN (SELECT shop_id, sku, min(id) AS variant_id FROM variants WHERE sku <> ''
               GROUP BY shop_id, sku HAVING count(*) = 1) by_sku ON by_sku.shop_id = l2.shop_id AND by_sku.sku = l2.sku
    LEFT JOIN (SELECT shop_id, line_name, min(id) AS variant_id FROM variants
               GROUP BY shop_id, line_name HAVING count(*) = 1) by_name
           ON by_name.shop_id = l2.shop_id AND by_name.line_name = l2.name
) r
WHERE l.shop_id = r.shop_id AND l.order_id = r.order_id AND l.line_number = r.line_number;
