-- API keys (docs/API.md, "Authentication"): each shop's keys and the operator's, kept as the
-- SHA-256 of the key's text, never the text. A key's id is its public part (in the key's text
-- and in lists); revoked keys stay, so a list shows when each was revoked.
--
-- api_keys is shop-owned: shop_id leads its primary key (Citus distributes by it). A request names
-- its key by id alone, so the lookup index on key_id is not unique (a unique index without shop_id
-- cannot be distributed); ids are 80 random bits, and a lookup checks the hash anyway.
CREATE TABLE api_keys (
    shop_id      text        NOT NULL REFERENCES shops (id),
    key_id       text        NOT NULL,
    key_hash     bytea       NOT NULL CHECK (length(key_hash) = 32),
    label        text        NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    -- Written at most once a minute per key (cartwise.security.last-used-interval), not per request.
    last_used_at timestamptz,
    revoked_at   timestamptz,
    PRIMARY KEY (shop_id, key_id)
);
CREATE INDEX api_keys_key_id ON api_keys (key_id);

-- The operator's keys (the admin API): one generated at a first start without
-- cartwise.security.admin-key. Not shop-owned (a Citus reference table, like shops).
CREATE TABLE operator_keys (
    key_id       text        PRIMARY KEY,
    key_hash     bytea       NOT NULL CHECK (length(key_hash) = 32),
    label        text        NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
