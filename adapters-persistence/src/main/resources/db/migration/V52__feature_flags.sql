-- Feature flags: the catalogue (names, types, defaults) lives in the code
-- (application.flags.FlagCatalogue); the database keeps only the values an operator set, as
-- canonical text ('true', '0.02', 'cosine'), and the audit trail of every change.

-- Global values: one per flag, overriding the catalogue's default everywhere (a Citus reference table).
CREATE TABLE feature_flags (
    name       text        PRIMARY KEY,
    value      text        NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL
);

-- A shop's own values, overriding the global ones for that shop (distributed by shop_id).
CREATE TABLE shop_feature_flags (
    shop_id    text        NOT NULL REFERENCES shops (id),
    name       text        NOT NULL,
    value      text        NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL,
    PRIMARY KEY (shop_id, name)
);

-- Who changed which value, when, from what to what. shop_id is null for a global value: the trail
-- is the operator's, read across shops newest first, so it is not keyed by shop (a Citus reference
-- table; the schema test names it as an exception). A shop's lines outlive the shop.
CREATE TABLE feature_flag_changes (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id    text,
    name       text        NOT NULL,
    old_value  text,
    new_value  text,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL
);
