CREATE TABLE meta (k TEXT NOT NULL, v INTEGER NOT NULL);
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  fetched TEXT NOT NULL,
  latest INTEGER NOT NULL
);
CREATE INDEX articles_published ON articles (published, id);
CREATE TABLE versions (
  article_id TEXT NOT NULL REFERENCES articles (id),
  version INTEGER NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  outlet TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  fetched TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);
-- Records are append-only: a newer engine adds a row, nothing edits one.
CREATE TABLE records (
  id BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  engine TEXT NOT NULL,
  created TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX records_article ON records (article_id, version, id);
CREATE FUNCTION records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'records are append-only'; END
$$;
CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON records
FOR EACH ROW EXECUTE FUNCTION records_append_only();
CREATE TABLE events (
  uid TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  date_end TEXT NOT NULL,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  precision_km DOUBLE PRECISION NOT NULL,
  country TEXT NOT NULL,
  incident TEXT NOT NULL,
  published TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_incident ON events (incident);
CREATE INDEX events_date ON events (date, lat, lon);
CREATE TABLE event_actors (uid TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (uid, actor));
CREATE INDEX event_actors_actor ON event_actors (actor);
CREATE TABLE incidents (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  date_end TEXT NOT NULL,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  precision_km DOUBLE PRECISION NOT NULL,
  country TEXT NOT NULL,
  status TEXT NOT NULL,
  reports INTEGER NOT NULL,
  events INTEGER NOT NULL,
  fatalities INTEGER NOT NULL,
  has_party INTEGER NOT NULL,
  has_independent INTEGER NOT NULL,
  summary TEXT NOT NULL,
  links TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date, lat, lon, date_end);
CREATE INDEX incidents_status ON incidents (status, date);
CREATE TABLE incident_actors (incident TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (incident, actor));
CREATE INDEX incident_actors_actor ON incident_actors (actor);
CREATE TABLE actors (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  kind TEXT NOT NULL,
  party INTEGER NOT NULL,
  independent INTEGER NOT NULL,
  country TEXT NOT NULL,
  acled_name TEXT NOT NULL
);
CREATE INDEX actors_folded ON actors (folded);
CREATE TABLE claims (
  article_id TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  incident TEXT NOT NULL,
  source_key TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_folded TEXT NOT NULL,
  party INTEGER NOT NULL,
  independent INTEGER NOT NULL,
  denial INTEGER NOT NULL,
  published TEXT NOT NULL,
  outlet TEXT NOT NULL,
  text TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, claim_id)
);
CREATE INDEX claims_published ON claims (published, article_id, claim_id);
CREATE INDEX claims_source ON claims (source_key);
CREATE INDEX claims_incident ON claims (incident);
CREATE TABLE docs (
  id BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  source TEXT NOT NULL,
  published TEXT NOT NULL
);
CREATE INDEX docs_article ON docs (article_id);
CREATE INDEX docs_fts ON docs USING GIN (to_tsvector('simple', title || ' ' || body));
