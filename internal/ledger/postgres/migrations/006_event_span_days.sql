-- An event's span in days. A neighbour search reads the date index from
-- a month before its window and finds the few longer events through
-- events_long: bounded by the longest event instead (a year in the dev
-- corpus), every search read a year of events.
ALTER TABLE events ADD COLUMN span_days INTEGER NOT NULL DEFAULT 0;
-- +split
UPDATE events SET span_days = date_end::date - date::date
WHERE date <> '' AND date_end <> '';
-- +split
CREATE INDEX events_long ON events (span_days, date);
