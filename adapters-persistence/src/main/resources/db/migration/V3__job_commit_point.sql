-- A job that has begun writing its results (an import's one-transaction merge) can no longer be
-- cancelled: the worker marks it here only if no cancel came first, and a cancel request skips
-- it, so "cancel" never answers "will stop" for a job that is about to succeed.
ALTER TABLE jobs ADD COLUMN committing boolean NOT NULL DEFAULT false;
