-- Cartwise foundation: shops, their catalogue, their order history and their trained models.
--
-- Every row that belongs to a shop carries shop_id, and every key and index starts with it, so
-- that each query touches one shop's rows only (and, on CockroachDB, one shop's key range).
-- Column names are the words of the public APIs (shop_id, handle, option_values, sku ...).
-- Plain SQL that CockroachDB also accepts: no extensions, no functions, no system columns.

CREATE TABLE shops (
    id         text        PRIMARY KEY,
    name       text        NOT NULL,
    -- ISO 4217 code. Shopify's products export names no currency, so this prices every variant.
    currency   text        NOT NULL CHECK (char_length(currency) = 3),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
    shop_id      text        NOT NULL REFERENCES shops (id),
    handle       text        NOT NULL,
    title        text        NOT NULL,
    vendor       text        NOT NULL DEFAULT '',
    product_type text        NOT NULL DEFAULT '',
    tags         text[]      NOT NULL DEFAULT '{}',
    -- Shopify's words. Only an active product's variants are offered: a draft is not for sale yet,
    -- an archived one no longer is.
    status       text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'draft', 'archived')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, handle)
);

-- The id is Cartwise's stable variant id: imports find the row again by (handle, option_values)
-- or by shopify_variant_id and update it in place, so models and carts can rely on the id.
CREATE TABLE variants (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id            text        NOT NULL,
    handle             text        NOT NULL,
    option_values      text[]      NOT NULL,
    sku                text        NOT NULL DEFAULT '',
    barcode            text        NOT NULL DEFAULT '',
    shopify_variant_id bigint,
    price              numeric     NOT NULL CHECK (price >= 0),
    inventory_tracked  boolean     NOT NULL,
    inventory_quantity integer     NOT NULL,
    -- Shopify's words: 'continue' sells when out of stock, 'deny' does not.
    inventory_policy   text        NOT NULL CHECK (inventory_policy IN ('deny', 'continue')),
    -- Variant.lineNameOf(product title, option_values): orders exports name a line this way and
    -- carry no variant id, so baskets resolve lines by it.
    line_name          text        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (shop_id, handle) REFERENCES products (shop_id, handle),
    CONSTRAINT variants_handle_option_values_key UNIQUE (shop_id, handle, option_values),
    -- NULLs are distinct in a unique constraint: many variants may lack a Shopify id.
    CONSTRAINT variants_shopify_variant_id_key UNIQUE (shop_id, shopify_variant_id)
);

-- Baskets resolve order lines by SKU and by line name.
CREATE INDEX variants_sku_idx ON variants (shop_id, sku);
CREATE INDEX variants_line_name_idx ON variants (shop_id, line_name);

-- An order's name ("#1001") is unique in its shop: importing it again replaces it.
CREATE TABLE orders (
    shop_id    text        NOT NULL REFERENCES shops (id),
    name       text        NOT NULL,
    created_at timestamptz NOT NULL,
    currency   text        CHECK (char_length(currency) = 3),
    PRIMARY KEY (shop_id, name)
);

-- Baskets read a shop's orders oldest first.
CREATE INDEX orders_created_at_idx ON orders (shop_id, created_at, name);

-- Lines keep what the export said (name, sku, shopify_variant_id), not a variant id: which
-- variant a line was is decided when baskets are built, so a catalogue imported later still
-- resolves it.
CREATE TABLE order_lines (
    shop_id            text    NOT NULL,
    order_name         text    NOT NULL,
    -- 1-based position in the order: baskets list variants in line order.
    line_number        integer NOT NULL,
    name               text    NOT NULL DEFAULT '',
    sku                text    NOT NULL DEFAULT '',
    shopify_variant_id bigint,
    quantity           integer NOT NULL CHECK (quantity > 0),
    price              numeric CHECK (price >= 0),
    PRIMARY KEY (shop_id, order_name, line_number),
    FOREIGN KEY (shop_id, order_name) REFERENCES orders (shop_id, name) ON DELETE CASCADE
);

-- A trained model is immutable; versions count 1, 2, 3 ... per shop and the highest one serves.
CREATE TABLE models (
    shop_id           text        NOT NULL REFERENCES shops (id),
    version           bigint      NOT NULL CHECK (version >= 1),
    metric            text        NOT NULL,
    trained_at        timestamptz NOT NULL,
    -- Orders the model counted; also inside the payload, here so that listings need not decode it.
    orders            integer     NOT NULL,
    training_orders   integer     NOT NULL,
    validation_orders integer     NOT NULL,
    -- ModelCodec's deflated arrays.
    payload           bytea       NOT NULL,
    PRIMARY KEY (shop_id, version)
);

-- The offline evaluation behind a model: one row per metric measured, in the report's order.
CREATE TABLE model_evaluations (
    shop_id text    NOT NULL,
    version bigint  NOT NULL,
    metric  text    NOT NULL,
    ordinal integer NOT NULL,
    k       integer NOT NULL CHECK (k >= 1),
    cases   integer NOT NULL CHECK (cases >= 0),
    hits    integer NOT NULL CHECK (hits >= 0 AND hits <= cases),
    PRIMARY KEY (shop_id, version, metric),
    FOREIGN KEY (shop_id, version) REFERENCES models (shop_id, version) ON DELETE CASCADE
);
