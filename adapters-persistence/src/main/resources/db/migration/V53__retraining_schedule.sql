-- Scheduled retraining: one row per shop retrained on a schedule, with the cron expression it
-- follows and when it is next due. A replica claims a due run by moving next_run_at forward with
-- a conditional UPDATE (WHERE next_run_at = the value it read): one replica's update matches,
-- the others' find the row changed, so the run starts once however many replicas look.
CREATE TABLE retraining_schedule (
    shop_id     text        PRIMARY KEY REFERENCES shops (id),
    cron        text        NOT NULL,
    next_run_at timestamptz NOT NULL,
    claimed_at  timestamptz
);
