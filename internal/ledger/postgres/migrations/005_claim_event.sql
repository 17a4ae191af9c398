-- A claim backing events in several incidents belongs to the incident of
-- its primary event: of the events naming it, the one first in the text.
-- Recording that event makes the claim's incident independent of the
-- order articles arrive in, and a moved event updates its claims by one
-- indexed statement. Ledgers written before take the primary from their
-- stored event bodies.
ALTER TABLE claims ADD COLUMN event_uid TEXT NOT NULL DEFAULT '';
-- +split
UPDATE claims SET event_uid = COALESCE((
  SELECT e.uid FROM events e, jsonb_array_elements_text(CASE WHEN jsonb_typeof(e.body::jsonb #> '{event,claims}') = 'array'
    THEN e.body::jsonb #> '{event,claims}' ELSE '[]'::jsonb END) j(v)
  WHERE e.article_id = claims.article_id AND j.v = claims.claim_id
  ORDER BY (e.body::jsonb #>> '{event,span,0}')::int, e.uid LIMIT 1), '');
-- +split
UPDATE claims SET incident = (SELECT e.incident FROM events e WHERE e.uid = claims.event_uid)
WHERE event_uid <> '';
-- +split
CREATE INDEX claims_event ON claims (event_uid);
