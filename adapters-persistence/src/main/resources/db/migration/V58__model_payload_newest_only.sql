-- A model's payload is needed only to load the newest version: every import of new orders stores
-- the next version (an incremental update), 20 MB for a million-order shop, so older versions keep
-- their row (listings, reports) and lose their payload when a newer one is stored.
ALTER TABLE models ALTER COLUMN payload DROP NOT NULL;
-- Stored as written (format 3 is not deflated): PostgreSQL's own compression would spend the
-- update's time on the database side for a third off.
ALTER TABLE models ALTER COLUMN payload SET STORAGE EXTERNAL;
-- Payloads already superseded go now.
UPDATE models m SET payload = NULL
 WHERE payload IS NOT NULL
   AND version < (SELECT max(version) FROM models n WHERE n.shop_id = m.shop_id);
