-- The search index is filled once per write transaction instead of by a
-- trigger per row: FTS5 flushes its pending terms at every statement's
-- savepoint, which made row triggers the write path's largest cost.
DROP TRIGGER docs_ai;
DROP TRIGGER docs_ad;
