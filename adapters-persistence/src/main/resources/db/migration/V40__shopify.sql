-- The Shopify connection: each shop's link to its store (token sealed), the webhook deliveries
-- between their request and their job, where the next incremental sync starts, OAuth installs
-- under way, and the Shopify ids that products/delete and the privacy webhooks name things by.
--
-- Every shop-owned table has shop_id first in its primary key and in every unique and foreign key
-- (Citus distributes by it). shopify_shop_domains is the one directory keyed by something else:
-- a webhook names its shop only by domain, so the lookup is global, like shops itself (a Citus
-- reference table).

-- Job kinds of this connection, beside those of the ingestion issue.
ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_kind_check
    CHECK (kind IN ('import', 'training', 'bundle_generation', 'shopify_sync', 'shopify_webhooks'));

-- Which Cartwise shop a Shopify domain belongs to. Kept after a disconnect or an uninstall: Shopify
-- sends shop/redact 48 hours after an uninstall, and it must still find the shop.
CREATE TABLE shopify_shop_domains (
    shop_domain text PRIMARY KEY,
    shop_id     text NOT NULL REFERENCES shops (id),
    CONSTRAINT shopify_shop_domains_shop_key UNIQUE (shop_id)
);

CREATE TABLE shopify_connections (
    shop_id          text        PRIMARY KEY REFERENCES shops (id),
    shop_domain      text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('connected', 'disconnected', 'uninstalled')),
    installed_by     text        NOT NULL CHECK (installed_by IN ('access_token', 'oauth')),
    scopes           text[]      NOT NULL DEFAULT '{}',
    -- AES-256-GCM (key: cartwise.shopify.token-encryption-key): a 12-byte nonce, then the sealed
    -- token and its tag. Erased when the connection ends.
    access_token     bytea,
    -- A custom app's API secret key, sealed the same way: its webhooks are signed with it.
    webhook_secret   bytea,
    connected_at     timestamptz NOT NULL,
    ended_at         timestamptz,
    CHECK ((state = 'connected') = (access_token IS NOT NULL))
);

-- What the status shows: the newest sync, the newest webhook, and where the next incremental sync
-- starts (it reads what Shopify changed at or after updated_since, less a small overlap).
CREATE TABLE shopify_sync_cursors (
    shop_id           text        PRIMARY KEY REFERENCES shops (id),
    updated_since     timestamptz,
    last_sync_job     uuid,
    last_sync_mode    text        CHECK (last_sync_mode IN ('historical', 'incremental')),
    last_sync_state   text        CHECK (last_sync_state IN ('succeeded', 'failed', 'cancelled')),
    last_sync_at      timestamptz,
    last_sync_message text        NOT NULL DEFAULT '',
    last_webhook_at   timestamptz
);

-- The newest errors of a shop's link (a failed sync, a refused subscription), for its status.
CREATE TABLE shopify_errors (
    shop_id text        NOT NULL REFERENCES shops (id),
    id      bigint      GENERATED ALWAYS AS IDENTITY,
    at      timestamptz NOT NULL,
    source  text        NOT NULL,
    message text        NOT NULL,
    PRIMARY KEY (shop_id, id)
);

-- Every webhook delivery, by Shopify's webhook id, so that a retried delivery is kept once. The
-- payload (personal data: an order's customer) lives only until its job has processed it.
CREATE TABLE shopify_webhooks (
    shop_id       text        NOT NULL REFERENCES shops (id),
    webhook_id    text        NOT NULL,
    -- Arrival order: deliveries are processed in it.
    sequence      bigint      GENERATED ALWAYS AS IDENTITY,
    topic         text        NOT NULL,
    triggered_at  timestamptz NOT NULL,
    received_at   timestamptz NOT NULL,
    payload       bytea,
    -- The job holding the delivery, and until when; a job that died lets it go when the hold ends.
    claimed_by    uuid,
    claimed_until timestamptz,
    processed_at  timestamptz,
    PRIMARY KEY (shop_id, webhook_id),
    CHECK (processed_at IS NULL OR payload IS NULL)
);

CREATE INDEX shopify_webhooks_waiting_idx ON shopify_webhooks (shop_id, sequence) WHERE processed_at IS NULL;
CREATE INDEX shopify_webhooks_received_idx ON shopify_webhooks (received_at);

-- OAuth installs under way: each state nonce serves once, before it expires. No foreign key to
-- shops: an install begun at Shopify creates its shop only when it completes.
CREATE TABLE shopify_install_states (
    shop_id      text        NOT NULL,
    nonce        text        NOT NULL,
    shop_domain  text        NOT NULL,
    creates_shop boolean     NOT NULL,
    expires_at   timestamptz NOT NULL,
    PRIMARY KEY (shop_id, nonce)
);

-- Shopify's order id, where the source gives it (the Admin API, webhooks): customers/redact names
-- the orders to redact by it.
ALTER TABLE orders ADD COLUMN shopify_order_id bigint;
CREATE INDEX orders_shopify_order_id_idx ON orders (shop_id, shopify_order_id) WHERE shopify_order_id IS NOT NULL;
