-- A new report's neighbour search is bounded by the longest event span,
-- kept apart from the longest incident span (which chained incidents make
-- far longer); ledgers written before start from their stored events.
INSERT INTO meta (k, v)
SELECT 'max_event_span_days', CAST(COALESCE(MAX(julianday(date_end) - julianday(date)), 0) AS INTEGER)
FROM events WHERE date <> '' AND date_end <> '';
