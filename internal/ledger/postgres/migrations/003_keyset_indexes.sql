-- Lists page newest first by (date, id) and resume after a cursor with a
-- row-value comparison; each index below ends in the sort key, so a first
-- page and a next page, filtered or not, are one index range read in
-- order with no sort. The date indexes keep their trailing place columns,
-- which the near-a-point queries filter on without reading the table.
DROP INDEX incidents_date;
CREATE INDEX incidents_date ON incidents (date, id, lat, lon, date_end);
DROP INDEX incidents_status;
CREATE INDEX incidents_status ON incidents (status, date, id);
CREATE INDEX incidents_type ON incidents (type, date, id);
CREATE INDEX incidents_country ON incidents (country, date, id);
DROP INDEX events_date;
CREATE INDEX events_date ON events (date, uid, lat, lon);
