-- Bundle copy written by the AI writer, kept by the content hash of the brief it was written from
-- (CopyBrief.contentHash: SHA-256 in hex over the bundle's type, objective, product names,
-- category, prices, offer and explanation), so that the same brief never costs a second call.
-- Template copy is not kept: writing it again costs nothing. writer names the writer and model
-- that produced the copy ("openai:gpt-4o-mini"), which the bundle then records as its own.
CREATE TABLE copy_cache (
    shop_id      text        NOT NULL REFERENCES shops (id),
    content_hash text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    writer       text        NOT NULL,
    title        text        NOT NULL,
    description  text        NOT NULL,
    tagline      text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, content_hash)
);
