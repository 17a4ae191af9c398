-- The work queue several ingest processes share. An item is an article
-- (its JSON, read by whoever enqueued it) or a URL to fetch. Workers claim
-- items with FOR UPDATE SKIP LOCKED under a lease; an item whose worker
-- died is claimed again when its lease runs out, and the store's content
-- hash keeps the second attempt from storing anything twice.
CREATE TABLE queue (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  worker TEXT NOT NULL DEFAULT '',
  lease_until TIMESTAMPTZ,
  error TEXT NOT NULL DEFAULT '',
  added TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX queue_ready ON queue (state, id);
CREATE UNIQUE INDEX queue_url ON queue (payload) WHERE kind = 'url';
