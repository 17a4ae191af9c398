package ledger

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"sitrep"
)

// BulkLoad writes incidents already grouped, with their reports, skipping
// linking: for benchmarks and for enlarging a demo ledger to the sizes a
// load test needs. Articles are stored as one version and record each.
func (s *DB) BulkLoad(ctx context.Context, groups []Group) error {
	const chunk = 2000
	for start := 0; start < len(groups); start += chunk {
		part := groups[start:min(start+chunk, len(groups))]
		err := s.write(ctx, func(w *writer) error {
			for _, g := range part {
				for i := range g.Reports {
					if err := w.bulkReport(&g.Reports[i]); err != nil {
						return err
					}
				}
				w.was = map[string]string{}
				if err := w.writeIncident(g); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("bulk load: %w", err)
		}
	}
	return nil
}

func (w *writer) bulkReport(r *sitrep.EventReport) error {
	rec := sitrep.Record{ID: r.ArticleID, Published: r.Published, Title: r.Title, Outlet: r.Outlet, Engine: "synthetic",
		Events: []sitrep.Event{r.Event}}
	body, _ := json.Marshal(rec)
	hash := fmt.Sprintf("synthetic:%s", r.UID)
	now := w.now.Format(time.RFC3339Nano)
	if err := w.exec(`INSERT INTO articles (id, key, url, outlet, title, published, fetched, latest) VALUES (?,?,?,?,?,?,?,1)`,
		r.ArticleID, "id:"+r.ArticleID, r.URL, r.Outlet, r.Title, r.Published, now); err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO versions (article_id, version, hash, url, outlet, title, published, fetched, body) VALUES (?,1,?,?,?,?,?,?,?)`,
		r.ArticleID, hash, r.URL, r.Outlet, r.Title, r.Published, now, r.Title); err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO records (article_id, version, engine, created, body) VALUES (?,1,?,?,?)`,
		r.ArticleID, "synthetic", now, string(body)); err != nil {
		return err
	}
	for _, p := range r.Actors {
		if err := w.exec(`INSERT INTO actors (key, name, folded, kind, party, independent, country, acled_name) VALUES (?,?,?,?,?,?,?,?)
			ON CONFLICT (key) DO NOTHING`, p.Key, p.Name, text0(p.Name), p.Kind, b2i(p.Party), b2i(p.Independent), p.Country, p.ACLEDName); err != nil {
			return err
		}
	}
	for _, q := range r.Claims {
		b, _ := json.Marshal(q)
		if err := w.exec(`INSERT INTO claims (article_id, claim_id, incident, event_uid, source_key, source_name, source_folded, party, independent, denial, published, outlet, text, body)
			VALUES (?,?,'',?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING`, q.ArticleID, q.Claim.ID, r.UID, q.Source.Key, q.Source.Name, text0(q.Source.Name),
			b2i(q.Source.Party), b2i(q.Source.Independent), b2i(q.Claim.Denial), r.Published, r.Outlet, q.Claim.Text, string(b)); err != nil {
			return err
		}
	}
	return w.insertEvent(r, "")
}

// Rows are the index rows of grouped reports, for a dialect's bulk copy.
type Rows struct {
	Events, EventActors, Incidents, IncidentActors [][]any
	// MaxSpan is the longest span of an incident or event, MaxEventSpan
	// of an event: the values of meta's max_span_days and
	// max_event_span_days.
	MaxSpan, MaxEventSpan int
}

// Column lists matching Rows.
var (
	EventCols         = []string{"uid", "article_id", "type", "date", "date_end", "span_days", "lat", "lon", "precision_km", "country", "incident", "published", "body"}
	EventActorCols    = []string{"uid", "actor"}
	IncidentCols      = []string{"id", "type", "date", "date_end", "lat", "lon", "precision_km", "country", "status", "reports", "events", "fatalities", "has_party", "has_independent", "summary", "links"}
	IncidentActorCols = []string{"incident", "actor"}
)

// BulkRows computes the rows BulkLoad would write for events and
// incidents (no articles, records or claims): what the query benchmarks
// read.
func BulkRows(groups []Group) (Rows, error) {
	var out Rows
	span := func(from, to string) int {
		f, e1 := time.Parse("2006-01-02", from)
		t, e2 := time.Parse("2006-01-02", to)
		if e1 != nil || e2 != nil {
			return 0
		}
		d := int(t.Sub(f).Hours() / 24)
		out.MaxSpan = max(out.MaxSpan, d)
		return d
	}
	for _, g := range groups {
		d := Summarize(g)
		s := d.IncidentSummary
		sum, err := json.Marshal(s)
		if err != nil {
			return out, err
		}
		links, _ := json.Marshal(g.Links)
		var lat, lon any
		if s.Lat != 0 || s.Lon != 0 {
			lat, lon = s.Lat, s.Lon
		}
		party, indep := 0, 0
		for _, v := range d.Claimants {
			if len(v.Claims) > 0 {
				party |= b2i(v.Claimant.Party)
				indep |= b2i(v.Claimant.Independent)
			}
		}
		out.Incidents = append(out.Incidents, []any{s.ID, s.Type, s.Date, s.DateEnd, lat, lon, s.PrecisionKM, s.Country, s.Status,
			s.Reports, s.Events, s.Fatalities, party, indep, string(sum), string(links)})
		span(s.Date, s.DateEnd)
		keys := map[string]bool{}
		for i := range g.Reports {
			r := &g.Reports[i]
			row := indexOf(r)
			body, err := json.Marshal(r)
			if err != nil {
				return out, err
			}
			var elat, elon any
			if row.lat.Valid {
				elat, elon = row.lat.Float64, row.lon.Float64
			}
			out.Events = append(out.Events, []any{r.UID, r.ArticleID, r.Event.Type, row.date, row.end, row.span, elat, elon, row.prec,
				row.country, s.ID, r.Published, string(body)})
			out.MaxEventSpan = max(out.MaxEventSpan, span(row.date, row.end))
			for _, k := range ActorKeys(r) {
				out.EventActors = append(out.EventActors, []any{r.UID, k})
				keys[k] = true
			}
		}
		for _, k := range sortedKeys(keys) {
			out.IncidentActors = append(out.IncidentActors, []any{s.ID, k})
		}
	}
	return out, nil
}
