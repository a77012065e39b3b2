-- What an order said when it was imported (OrderRecord.contentHash): an import of the same order
-- again leaves it as it is instead of rewriting it and its lines. Null for orders imported before
-- it existed, which the next import of them rewrites once.
ALTER TABLE orders ADD COLUMN content_hash bigint;
