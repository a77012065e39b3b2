-- Bundle generation: what a generation job proposes (bundle_recommendations), what the merchant
-- made live (active_bundles), the association rules of the latest run, and the outcomes the
-- discount bandit learns from. A generation run is a row of jobs (kind bundle_generation): its
-- request (objectives, types, thresholds, as-of) and report are the job's documents, and its
-- checkpoint the job's checkpoint column.
--
-- Every table leads its primary key with shop_id, and every unique or foreign key contains it, so
-- that each table can be distributed by shop_id (Citus) with every query on one node.
--
-- Money is numeric, never floating point: list_price, price, margin, the offer's unit prices and
-- every discount (a share in [0, 1]: 0.15 is "15% off").

-- Jobs other than imports count other things than rows: orders read, rules mined, bundles
-- published ... by name, in the order the job reports them.
ALTER TABLE jobs
    ADD COLUMN tally_names  text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN tally_values bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE job_events
    ADD COLUMN tally_names  text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN tally_values bigint[] NOT NULL DEFAULT '{}';

-- A proposed bundle, one per bundle_key (sha-256 of type|objective|sorted variant ids, 128 bits in
-- hex): a run that finds a bundle again refreshes its row, and the merchant's review of it stands.
CREATE TABLE bundle_recommendations (
    shop_id            text             NOT NULL REFERENCES shops (id),
    bundle_key         text             NOT NULL CHECK (bundle_key ~ '^[0-9a-f]{32}$'),
    -- The generation job that wrote it last.
    job_id             uuid             NOT NULL,
    type               text             NOT NULL CHECK (type IN ('fbt', 'volume', 'bogo', 'mix_and_match')),
    objective          text             NOT NULL CHECK (objective IN ('increase_aov', 'clear_slow_movers', 'seasonal_promo',
                                            'new_launch', 'category_bundle', 'gift_box', 'subscription_push', 'margin_guard')),
    -- Anchor first (FBT, mix-and-match); buy, then get (BOGO).
    variant_ids        bigint[]         NOT NULL,
    -- What proposed it: association_rule, co_visitation, recommender, fallback_same_category ...
    sources            text[]           NOT NULL,
    -- The evidence: orders N, orders holding every variant, each variant's orders, each pair's
    -- orders in the order (0,1), (0,2) ... (1,2) ...
    orders             integer          NOT NULL CHECK (orders >= 0),
    orders_together    integer          NOT NULL CHECK (orders_together >= 0),
    variant_orders     integer[]        NOT NULL,
    pair_orders        integer[]        NOT NULL,
    -- The ranking's features (each in [0, 1]), score and rank (1 is best) in its run.
    confidence         double precision NOT NULL,
    co_visitation      double precision NOT NULL,
    lift               double precision NOT NULL,
    inventory          double precision NOT NULL,
    price_sanity       double precision NOT NULL,
    score              double precision NOT NULL,
    rank               integer          NOT NULL CHECK (rank >= 1),
    expected_revenue   double precision NOT NULL,
    expected_margin    double precision NOT NULL,
    inventory_risk     double precision NOT NULL,
    -- The price of the reference basket (one of each; the units of a volume or BOGO offer).
    currency           text             NOT NULL CHECK (char_length(currency) = 3),
    list_price         numeric          NOT NULL CHECK (list_price >= 0),
    price              numeric          NOT NULL CHECK (price >= 0 AND price <= list_price),
    discount           numeric          NOT NULL CHECK (discount >= 0 AND discount <= 1),
    discount_basis     text             NOT NULL,
    discount_min       numeric          NOT NULL,
    discount_max       numeric          NOT NULL,
    limited_by_cost    boolean          NOT NULL,
    -- price minus cost; null when a cost is unknown.
    margin             numeric,
    -- The offer: percent_off (offer_discount), pick_any (offer_picks at offer_discount),
    -- quantity_breaks (tiers), buy_one_get_one (buy_variant_id, get_variant_id at offer_discount).
    offer_kind         text             NOT NULL CHECK (offer_kind IN ('percent_off', 'pick_any', 'quantity_breaks',
                                            'buy_one_get_one')),
    offer_discount     numeric,
    offer_picks        integer,
    buy_variant_id     bigint,
    get_variant_id     bigint,
    tier_quantities    integer[],
    tier_discounts     numeric[],
    tier_unit_prices   numeric[],
    -- Why, strongest reason first.
    explanation        text[]           NOT NULL,
    -- Storefront copy and the writer that produced it ("template", or the AI writer and model).
    title              text             NOT NULL,
    description        text             NOT NULL,
    tagline            text             NOT NULL,
    copy_writer        text             NOT NULL,
    -- The copy brief's content hash: the copy cache key.
    copy_key           text             NOT NULL,
    -- The publishing wave (1: the top 3, 2: up to the top 5, ...) and when it became visible.
    wave               integer          NOT NULL CHECK (wave >= 1),
    published_at       timestamptz      NOT NULL,
    status             text             NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected')),
    note               text,
    reviewed_at        timestamptz,
    PRIMARY KEY (shop_id, bundle_key),
    FOREIGN KEY (shop_id, job_id) REFERENCES jobs (shop_id, id)
);

-- The dashboard's list: best first, a page at a time.
CREATE INDEX bundle_recommendations_rank_idx ON bundle_recommendations (shop_id, rank, bundle_key);

-- A bundle the merchant made live, as it was approved: a later run never changes it. Deactivated
-- bundles stay (status inactive), so their history is kept and they can be activated again.
CREATE TABLE active_bundles (
    shop_id            text             NOT NULL REFERENCES shops (id),
    bundle_key         text             NOT NULL CHECK (bundle_key ~ '^[0-9a-f]{32}$'),
    -- The generation job whose recommendation it was made from.
    job_id             uuid             NOT NULL,
    status             text             NOT NULL CHECK (status IN ('active', 'inactive')),
    activated_at       timestamptz      NOT NULL,
    deactivated_at     timestamptz,
    type               text             NOT NULL,
    objective          text             NOT NULL,
    variant_ids        bigint[]         NOT NULL,
    sources            text[]           NOT NULL,
    orders             integer          NOT NULL,
    orders_together    integer          NOT NULL,
    variant_orders     integer[]        NOT NULL,
    pair_orders        integer[]        NOT NULL,
    confidence         double precision NOT NULL,
    co_visitation      double precision NOT NULL,
    lift               double precision NOT NULL,
    inventory          double precision NOT NULL,
    price_sanity       double precision NOT NULL,
    score              double precision NOT NULL,
    rank               integer          NOT NULL,
    expected_revenue   double precision NOT NULL,
    expected_margin    double precision NOT NULL,
    inventory_risk     double precision NOT NULL,
    currency           text             NOT NULL,
    list_price         numeric          NOT NULL CHECK (list_price >= 0),
    price              numeric          NOT NULL CHECK (price >= 0 AND price <= list_price),
    discount           numeric          NOT NULL,
    discount_basis     text             NOT NULL,
    discount_min       numeric          NOT NULL,
    discount_max       numeric          NOT NULL,
    limited_by_cost    boolean          NOT NULL,
    margin             numeric,
    offer_kind         text             NOT NULL,
    offer_discount     numeric,
    offer_picks        integer,
    buy_variant_id     bigint,
    get_variant_id     bigint,
    tier_quantities    integer[],
    tier_discounts     numeric[],
    tier_unit_prices   numeric[],
    explanation        text[]           NOT NULL,
    title              text             NOT NULL,
    description        text             NOT NULL,
    tagline            text             NOT NULL,
    copy_writer        text             NOT NULL,
    copy_key           text             NOT NULL,
    PRIMARY KEY (shop_id, bundle_key)
);

-- The till asks for a shop's active bundles; the dashboard lists them newest first.
CREATE INDEX active_bundles_status_idx ON active_bundles (shop_id, status, activated_at DESC, bundle_key);

-- The association rules of the shop's latest run (X => Y in variant ids) with the counts every
-- measure comes from; support, confidence, lift and leverage are kept for sorting and filtering.
CREATE TABLE association_rules (
    shop_id           text             NOT NULL REFERENCES shops (id),
    -- The generation job that mined them.
    job_id            uuid             NOT NULL,
    -- Position in the run's output: a stable tie-break for paging.
    ordinal           integer          NOT NULL,
    antecedent        bigint[]         NOT NULL,
    consequent        bigint[]         NOT NULL,
    -- N, n(X u Y), n(X), n(Y).
    orders            integer          NOT NULL CHECK (orders >= 1),
    orders_together   integer          NOT NULL CHECK (orders_together >= 1),
    antecedent_orders integer          NOT NULL,
    consequent_orders integer          NOT NULL,
    support           double precision NOT NULL,
    confidence        double precision NOT NULL,
    lift              double precision NOT NULL,
    leverage          double precision NOT NULL,
    -- null when confidence is 1: conviction is then unbounded.
    conviction        double precision,
    PRIMARY KEY (shop_id, job_id, ordinal),
    FOREIGN KEY (shop_id, job_id) REFERENCES jobs (shop_id, id)
);

CREATE INDEX association_rules_lift_idx ON association_rules (shop_id, lift DESC, ordinal);
CREATE INDEX association_rules_confidence_idx ON association_rules (shop_id, confidence DESC, ordinal);

-- What happened to bundles offered at a discount, pooled per bundle and discount: the discount
-- bandit learns from it. The analytics side records it; generation only reads it.
CREATE TABLE bundle_outcomes (
    shop_id     text    NOT NULL REFERENCES shops (id),
    bundle_key  text    NOT NULL CHECK (bundle_key ~ '^[0-9a-f]{32}$'),
    objective   text    NOT NULL,
    discount    numeric NOT NULL CHECK (discount >= 0 AND discount <= 1),
    impressions bigint  NOT NULL CHECK (impressions >= 0),
    purchases   bigint  NOT NULL CHECK (purchases >= 0 AND purchases <= impressions),
    revenue     numeric NOT NULL CHECK (revenue >= 0),
    PRIMARY KEY (shop_id, bundle_key, discount)
);
