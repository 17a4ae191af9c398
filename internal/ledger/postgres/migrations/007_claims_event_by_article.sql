-- A moved event updates its claims through the claims' primary key (the
-- event's article) and their event_uid: an index of its own on event_uid
-- cost every stored claim one more index insert.
DROP INDEX IF EXISTS claims_event;
