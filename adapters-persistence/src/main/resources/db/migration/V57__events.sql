-- What tills and storefronts report after Cartwise answered (docs/ANALYTICS.md): one row per
-- event, kept once by the id its sender gave it (a retried batch inserts nothing: ON CONFLICT DO
-- NOTHING on the primary key). shop_id leads the key, so the table can be distributed by shop.
-- One table for every type keeps a batch one INSERT; the columns a type does not use stay empty:
--   impression       recommendation_id, variant_ids (shown, in order), sources (each shown
--                    variant's source, in the same order), cart_variant_ids (may be empty)
--   accept           recommendation_id, variant_id
--   purchase         order_id, revenue, currency, variant_ids (bought), recommendation_ids
--   bundle_view      bundle_key, recommendation_id (may be null)
--   bundle_purchase  bundle_key, revenue, currency, order_id and recommendation_id (may be null)
CREATE TABLE events (
    shop_id            text        NOT NULL REFERENCES shops (id),
    event_id           text        NOT NULL,
    type               text        NOT NULL CHECK (type IN ('impression', 'accept', 'purchase', 'bundle_view', 'bundle_purchase')),
    occurred_at        timestamptz NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    recommendation_id  text        CHECK (recommendation_id ~ '^[0-9a-f]{32}$'),
    variant_id         bigint,
    variant_ids        bigint[]    NOT NULL DEFAULT '{}',
    sources            text[]      NOT NULL DEFAULT '{}',
    cart_variant_ids   bigint[]    NOT NULL DEFAULT '{}',
    recommendation_ids text[]      NOT NULL DEFAULT '{}',
    order_id           text,
    revenue            numeric     CHECK (revenue >= 0),
    currency           text,
    bundle_key         text,
    PRIMARY KEY (shop_id, event_id)
);

-- The analytics read a shop's events over a period, and join accepts to their impressions.
CREATE INDEX events_by_time ON events (shop_id, occurred_at);
CREATE INDEX events_by_recommendation ON events (shop_id, recommendation_id) WHERE recommendation_id IS NOT NULL;
