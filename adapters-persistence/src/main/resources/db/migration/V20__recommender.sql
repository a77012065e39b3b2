-- Recommender reports (issue 6): a model ranks by one of many scorers, may continue an earlier
-- version with new orders, reports its size, and keeps the whole offline evaluation it was
-- chosen by, one row per scorer and protocol. Keys start with shop_id, as everywhere.

-- metric now holds the scorer's wire name, e.g. 'rp3beta(alpha=1,beta=0.5)+recent'.
-- update_of: the version whose counts this one continued with new orders; null after a full training.
ALTER TABLE models ADD COLUMN update_of bigint CHECK (update_of >= 1);
-- Memory of the model's arrays when served, so that listings need not decode the payload.
ALTER TABLE models ADD COLUMN size_bytes bigint NOT NULL DEFAULT 0 CHECK (size_bytes >= 0);
-- The measure that chose among the candidates, and the one it chose (which the metric may
-- differ from when the merchant asked for a scorer).
ALTER TABLE models ADD COLUMN primary_protocol text NOT NULL DEFAULT 'last_item'
    CHECK (primary_protocol IN ('last_item', 'each_item'));
ALTER TABLE models ADD COLUMN primary_measure text NOT NULL DEFAULT 'hit_rate@2';
ALTER TABLE models ADD COLUMN chosen text;

-- One scorer under one protocol: the cases, how many found their held-out item at each place
-- of the top list (hits_at_place[1] = place 1), and how many variants were shown within each
-- K. Every measure at every K follows exactly from these integers.
CREATE TABLE model_results (
    shop_id        text      NOT NULL,
    version        bigint    NOT NULL,
    -- the report's row order
    ordinal        integer   NOT NULL CHECK (ordinal >= 0),
    scorer         text      NOT NULL,
    role           text      NOT NULL CHECK (role IN ('reference', 'popularity', 'candidate')),
    simplicity     integer   NOT NULL,
    protocol       text      NOT NULL CHECK (protocol IN ('last_item', 'each_item')),
    cases          integer   NOT NULL CHECK (cases >= 0),
    catalogue      integer   NOT NULL CHECK (catalogue >= 0),
    hits_at_place  integer[] NOT NULL,
    covered_within integer[] NOT NULL,
    PRIMARY KEY (shop_id, version, ordinal, protocol),
    FOREIGN KEY (shop_id, version) REFERENCES models (shop_id, version) ON DELETE CASCADE
);

-- The four-metric HitRate@K rows of models trained before this migration cannot be told apart
-- by place; those models keep serving, with an empty report until the shop trains again.
DROP TABLE model_evaluations;
