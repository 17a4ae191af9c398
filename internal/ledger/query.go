package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

func (s *DB) maxSpan(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(v), 0) FROM meta WHERE k = 'max_span_days'`).Scan(&n)
	return n, err
}

// placedQuery starts a listing of placed things (incidents, events): the
// filter checked, the two-key cursor read, and the date and place conditions
// set, widened by the longest stored span.
func (s *DB) placedQuery(ctx context.Context, f *sitrep.Filter) ([]string, where, error) {
	var w where
	if err := ValidateFilter(f); err != nil {
		return nil, w, err
	}
	cur, err := decodeCursor(f.Cursor, 2)
	if err != nil {
		return nil, w, err
	}
	span, err := s.maxSpan(ctx)
	if err != nil {
		return nil, w, err
	}
	spaceTime(&w, f, span)
	return cur, w, nil
}

// Incidents lists incidents newest first.
func (s *DB) Incidents(ctx context.Context, f sitrep.Filter) ([]sitrep.IncidentSummary, string, error) {
	cur, w, err := s.placedQuery(ctx, &f)
	if err != nil {
		return nil, "", err
	}
	if f.Type != "" {
		w.add("type = ?", f.Type)
	}
	if f.Status != "" {
		w.add("status = ?", f.Status)
	}
	if f.Actor != "" {
		actorCond(&w, "incident_actors", "incident", "incidents.id", f.Actor)
	}
	if f.Party {
		w.add("has_party = 1")
	}
	if f.Independent {
		w.add("has_independent = 1")
	}
	if f.Source != "" {
		fold := text.Fold(f.Source)
		w.add(`EXISTS (SELECT 1 FROM claims c WHERE c.incident = incidents.id AND (c.source_key = ? OR c.source_folded LIKE ?))`, f.Source, "%"+fold+"%")
	}
	limit := limitOf(f.Page)
	var out []sitrep.IncidentSummary
	var last []string
	if cur != nil {
		last = cur
	}
	for {
		ww := w
		ww.conds = append([]string(nil), w.conds...)
		ww.args = append([]any(nil), w.args...)
		if last != nil {
			ww.add("(date, id) < (?, ?)", last[0], last[1])
		}
		batch := limit + 1
		if f.Near != nil {
			batch = 4 * (limit + 1)
		}
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT date, id, COALESCE(lat, 0), COALESCE(lon, 0), summary FROM incidents`+ww.sql()+
			` ORDER BY date DESC, id DESC LIMIT `+strconv.Itoa(batch)), ww.args...)
		if err != nil {
			return nil, "", fmt.Errorf("list incidents: %w", err)
		}
		n := 0
		for rows.Next() {
			n++
			var date, id, body string
			var lat, lon float64
			if err := rows.Scan(&date, &id, &lat, &lon, &body); err != nil {
				rows.Close()
				return nil, "", err
			}
			last = []string{date, id}
			if f.Near != nil && !inCircle(f.Near, lat, lon) {
				continue
			}
			var sum sitrep.IncidentSummary
			if err := json.Unmarshal([]byte(body), &sum); err != nil {
				rows.Close()
				return nil, "", fmt.Errorf("decode incident: %w", err)
			}
			out = append(out, sum)
			if len(out) > limit {
				break
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, "", err
		}
		if len(out) > limit || n < batch {
			break
		}
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		l := out[limit-1]
		next = encodeCursor(l.Date, l.ID)
	}
	if out == nil {
		out = []sitrep.IncidentSummary{}
	}
	return out, next, nil
}

// Incident returns one incident with every report, recomputing the page
// from the stored reports so it always reads the current logic.
func (s *DB) Incident(ctx context.Context, id string) (sitrep.IncidentDetail, error) {
	var links string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT links FROM incidents WHERE id = ?`), id).Scan(&links)
	if errors.Is(err, sql.ErrNoRows) {
		return sitrep.IncidentDetail{}, fmt.Errorf("incident %s: %w", id, sitrep.ErrNotFound)
	}
	if err != nil {
		return sitrep.IncidentDetail{}, err
	}
	g := Group{ID: id}
	if err := json.Unmarshal([]byte(links), &g.Links); err != nil {
		return sitrep.IncidentDetail{}, fmt.Errorf("decode links: %w", err)
	}
	g.Reports, err = s.eventBodies(ctx, `SELECT body FROM events WHERE incident = ? ORDER BY uid`, id)
	if err != nil {
		return sitrep.IncidentDetail{}, err
	}
	for i := range g.Reports {
		g.Reports[i].Incident = id
	}
	return Summarize(g), nil
}

func (s *DB) eventBodies(ctx context.Context, q string, args ...any) ([]sitrep.EventReport, error) {
	rows, err := s.db.QueryContext(ctx, s.q(q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []sitrep.EventReport{}
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var r sitrep.EventReport
		if err := json.Unmarshal([]byte(body), &r); err != nil {
			return nil, fmt.Errorf("decode event: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Events lists event reports newest first.
func (s *DB) Events(ctx context.Context, f sitrep.Filter) ([]sitrep.EventReport, string, error) {
	cur, w, err := s.placedQuery(ctx, &f)
	if err != nil {
		return nil, "", err
	}
	if f.Type != "" {
		w.add("type = ?", f.Type)
	}
	if f.Status != "" {
		w.add("incident IN (SELECT id FROM incidents WHERE status = ?)", f.Status)
	}
	if f.Actor != "" {
		actorCond(&w, "event_actors", "uid", "events.uid", f.Actor)
	}
	limit := limitOf(f.Page)
	out := []sitrep.EventReport{}
	var keys [][2]string
	last := cur
	for {
		ww := where{conds: append([]string(nil), w.conds...), args: append([]any(nil), w.args...)}
		if last != nil {
			ww.add("(date, uid) < (?, ?)", last[0], last[1])
		}
		batch := limit + 1
		if f.Near != nil {
			batch = 4 * (limit + 1)
		}
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT date, uid, COALESCE(lat, 0), COALESCE(lon, 0), incident, body FROM events`+ww.sql()+
			` ORDER BY date DESC, uid DESC LIMIT `+strconv.Itoa(batch)), ww.args...)
		if err != nil {
			return nil, "", fmt.Errorf("list events: %w", err)
		}
		n := 0
		for rows.Next() && len(out) <= limit {
			n++
			var date, uid, inc, body string
			var lat, lon float64
			if err := rows.Scan(&date, &uid, &lat, &lon, &inc, &body); err != nil {
				rows.Close()
				return nil, "", err
			}
			last = []string{date, uid}
			if f.Near != nil && !inCircle(f.Near, lat, lon) {
				continue
			}
			var r sitrep.EventReport
			if err := json.Unmarshal([]byte(body), &r); err != nil {
				rows.Close()
				return nil, "", fmt.Errorf("decode event: %w", err)
			}
			r.Incident = inc
			out = append(out, r)
			keys = append(keys, [2]string{date, uid})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, "", err
		}
		if len(out) > limit || n < batch {
			break
		}
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = encodeCursor(keys[limit-1][0], keys[limit-1][1])
	}
	return out, next, nil
}

// Claims lists claims newest first.
func (s *DB) Claims(ctx context.Context, f sitrep.Filter) ([]sitrep.Quote, string, error) {
	if err := ValidateFilter(&f); err != nil {
		return nil, "", err
	}
	cur, err := decodeCursor(f.Cursor, 3)
	if err != nil {
		return nil, "", err
	}
	var w where
	if f.Source != "" {
		fold := text.Fold(f.Source)
		w.add("(source_key = ? OR source_folded = ? OR source_folded LIKE ?)", f.Source, fold, "%"+fold+"%")
	}
	if f.Party {
		w.add("party = 1")
	}
	if f.Independent {
		w.add("independent = 1")
	}
	if f.Since != "" {
		w.add("published >= ?", f.Since)
	}
	if f.Until != "" {
		w.add("published <= ?", f.Until)
	}
	if f.Type != "" || f.Status != "" || f.Country != "" || f.Actor != "" || f.Near != nil {
		var iw where
		if f.Type != "" {
			iw.add("type = ?", f.Type)
		}
		if f.Status != "" {
			iw.add("status = ?", f.Status)
		}
		if f.Country != "" {
			iw.add("country = ?", strings.ToUpper(f.Country))
		}
		if n := f.Near; n != nil {
			dLat, dLon := boxDegrees(n.Lat, n.KM)
			iw.add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", n.Lat-dLat, n.Lat+dLat, n.Lon-dLon, n.Lon+dLon)
		}
		if f.Actor != "" {
			actorCond(&iw, "incident_actors", "incident", "incidents.id", f.Actor)
		}
		w.add("incident IN (SELECT id FROM incidents"+iw.sql()+")", iw.args...)
	}
	if cur != nil {
		w.add("(published, article_id, claim_id) < (?, ?, ?)", cur[0], cur[1], cur[2])
	}
	limit := limitOf(f.Page)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT incident, body FROM claims`+w.sql()+
		` ORDER BY published DESC, article_id DESC, claim_id DESC LIMIT `+strconv.Itoa(limit+1)), w.args...)
	if err != nil {
		return nil, "", fmt.Errorf("list claims: %w", err)
	}
	defer rows.Close()
	out := []sitrep.Quote{}
	for rows.Next() {
		var inc, body string
		if err := rows.Scan(&inc, &body); err != nil {
			return nil, "", err
		}
		var q sitrep.Quote
		if err := json.Unmarshal([]byte(body), &q); err != nil {
			return nil, "", fmt.Errorf("decode claim: %w", err)
		}
		q.Incident = inc
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		l := out[limit-1]
		next = encodeCursor(l.Published, l.ArticleID, l.Claim.ID)
	}
	return out, next, nil
}

// Articles lists articles newest first, without their text.
func (s *DB) Articles(ctx context.Context, f sitrep.Filter) ([]sitrep.Article, string, error) {
	if err := ValidateFilter(&f); err != nil {
		return nil, "", err
	}
	cur, err := decodeCursor(f.Cursor, 2)
	if err != nil {
		return nil, "", err
	}
	var w where
	if f.Since != "" {
		w.add("a.published >= ?", f.Since)
	}
	if f.Until != "" {
		w.add("a.published <= ?", f.Until)
	}
	if f.Source != "" {
		w.add("a.outlet = ?", f.Source)
	}
	if cur != nil {
		w.add("(a.published, a.id) < (?, ?)", cur[0], cur[1])
	}
	limit := limitOf(f.Page)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT a.id, a.url, a.outlet, a.title, a.published, v.fetched, v.hash, a.latest
		FROM articles a JOIN versions v ON v.article_id = a.id AND v.version = a.latest`+w.sql()+
		` ORDER BY a.published DESC, a.id DESC LIMIT `+strconv.Itoa(limit+1)), w.args...)
	if err != nil {
		return nil, "", fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	out := []sitrep.Article{}
	for rows.Next() {
		var a sitrep.Article
		var fetched string
		if err := rows.Scan(&a.ID, &a.URL, &a.Outlet, &a.Title, &a.Published, &fetched, &a.Hash, &a.Version); err != nil {
			return nil, "", err
		}
		a.Fetched, _ = time.Parse(time.RFC3339Nano, fetched)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		l := out[limit-1]
		next = encodeCursor(l.Published, l.ID)
	}
	return out, next, nil
}

// Article returns an article's latest version and record, and its history.
func (s *DB) Article(ctx context.Context, id string) (sitrep.ArticleDetail, error) {
	var d sitrep.ArticleDetail
	a := &d.Article
	var fetched string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT a.id, a.url, a.outlet, a.title, a.published, v.fetched, v.hash, a.latest, v.body
		FROM articles a JOIN versions v ON v.article_id = a.id AND v.version = a.latest WHERE a.id = ?`), id).
		Scan(&a.ID, &a.URL, &a.Outlet, &a.Title, &a.Published, &fetched, &a.Hash, &a.Version, &a.Text)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("article %s: %w", id, sitrep.ErrNotFound)
	}
	if err != nil {
		return d, err
	}
	a.Fetched, _ = time.Parse(time.RFC3339Nano, fetched)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT version, hash, url, outlet, title, published, fetched FROM versions WHERE article_id = ? ORDER BY version`), id)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		v := sitrep.Article{ID: id}
		var f string
		if err := rows.Scan(&v.Version, &v.Hash, &v.URL, &v.Outlet, &v.Title, &v.Published, &f); err != nil {
			rows.Close()
			return d, err
		}
		v.Fetched, _ = time.Parse(time.RFC3339Nano, f)
		d.Versions = append(d.Versions, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT version, engine, created, body FROM records WHERE article_id = ? ORDER BY id`), id)
	if err != nil {
		return d, err
	}
	var latestBody string
	for rows.Next() {
		r := sitrep.StoredRecord{ArticleID: id}
		var created, body string
		if err := rows.Scan(&r.Version, &r.Engine, &created, &body); err != nil {
			rows.Close()
			return d, err
		}
		r.Created, _ = time.Parse(time.RFC3339Nano, created)
		d.Records = append(d.Records, r)
		if r.Version == a.Version {
			latestBody, d.Engine = body, r.Engine
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	if latestBody != "" {
		if err := json.Unmarshal([]byte(latestBody), &d.Record); err != nil {
			return d, fmt.Errorf("decode record: %w", err)
		}
	}
	set := map[string]bool{}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT DISTINCT incident FROM events WHERE article_id = ? AND incident <> ''`), id)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var inc string
		if err := rows.Scan(&inc); err != nil {
			rows.Close()
			return d, err
		}
		set[inc] = true
	}
	rows.Close()
	d.Incidents = sortedKeys(set)
	return d, rows.Err()
}

// Actor returns an actor's incidents, claims and casualty series. key may
// be the actor's key or its name.
func (s *DB) Actor(ctx context.Context, key string) (sitrep.ActorDetail, error) {
	var d sitrep.ActorDetail
	p := &d.Actor
	var party, indep int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT key, name, kind, party, independent, country, acled_name FROM actors
		WHERE key = ? OR folded = ? ORDER BY CASE WHEN key = ? THEN 0 ELSE 1 END, key LIMIT 1`), key, text.Fold(key), key).
		Scan(&p.Key, &p.Name, &p.Kind, &party, &indep, &p.Country, &p.ACLEDName)
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("actor %s: %w", key, sitrep.ErrNotFound)
	}
	if err != nil {
		return d, err
	}
	p.Party, p.Independent = party == 1, indep == 1
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT i.summary FROM incidents i JOIN incident_actors x ON x.incident = i.id
		WHERE x.actor = ? ORDER BY i.date DESC, i.id DESC LIMIT 500`), p.Key)
	if err != nil {
		return d, err
	}
	d.Incidents = []sitrep.IncidentSummary{}
	for rows.Next() {
		var body string
		var sum sitrep.IncidentSummary
		if err := rows.Scan(&body); err == nil {
			err = json.Unmarshal([]byte(body), &sum)
		}
		if err != nil {
			rows.Close()
			return d, err
		}
		d.Incidents = append(d.Incidents, sum)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	d.Claims = []sitrep.Quote{}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT incident, body FROM claims WHERE source_key = ?
		ORDER BY published DESC, article_id DESC, claim_id DESC LIMIT 1000`), p.Key)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var inc, body string
		var q sitrep.Quote
		if err := rows.Scan(&inc, &body); err == nil {
			err = json.Unmarshal([]byte(body), &q)
		}
		if err != nil {
			rows.Close()
			return d, err
		}
		q.Incident = inc
		d.Claims = append(d.Claims, q)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, err
	}
	reps, err := s.eventBodies(ctx, `SELECT e.body FROM events e JOIN event_actors x ON x.uid = e.uid
		WHERE x.actor = ? ORDER BY e.date, e.uid LIMIT 5000`, p.Key)
	if err != nil {
		return d, err
	}
	incs := map[string]string{}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT e.uid, e.incident FROM events e JOIN event_actors x ON x.uid = e.uid WHERE x.actor = ?`), p.Key)
	if err != nil {
		return d, err
	}
	for rows.Next() {
		var uid, inc string
		if err := rows.Scan(&uid, &inc); err != nil {
			rows.Close()
			return d, err
		}
		incs[uid] = inc
	}
	rows.Close()
	d.Casualties = []sitrep.CasualtyPoint{}
	for _, r := range reps {
		date := r.Event.Date
		if date == "" {
			date = r.Published
		}
		for _, f := range r.Counts {
			d.Casualties = append(d.Casualties, sitrep.CasualtyPoint{
				Date: date, Claimant: f.Claimant, Status: f.Count.Status, Who: f.Count.Who,
				Min: f.Count.Min, Max: f.Count.Max, Incident: incs[r.UID], Article: r.ArticleID,
			})
		}
	}
	return d, rows.Err()
}

// Search runs a full-text query over articles and claims.
func (s *DB) Search(ctx context.Context, f sitrep.Filter) ([]sitrep.SearchHit, string, error) {
	if s.terms(f.Query) == "" {
		return nil, "", fmt.Errorf("%w: empty search", sitrep.ErrInvalid)
	}
	off := 0
	if f.Cursor != "" {
		c, err := decodeCursor(f.Cursor, 1)
		if err != nil {
			return nil, "", err
		}
		if off, err = strconv.Atoi(c[0]); err != nil {
			return nil, "", fmt.Errorf("%w: bad cursor", sitrep.ErrInvalid)
		}
	}
	if err := ValidateFilter(&f); err != nil {
		return nil, "", err
	}
	var w where
	if f.Since != "" {
		w.add("d.published >= ?", f.Since)
	}
	if f.Until != "" {
		w.add("d.published <= ?", f.Until)
	}
	claim := func(cond string, args ...any) {
		w.add(`d.kind = 'claim' AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = d.article_id AND c.claim_id = d.claim_id AND `+cond+`)`, args...)
	}
	if f.Party {
		claim("c.party = 1")
	}
	if f.Independent {
		claim("c.independent = 1")
	}
	if f.Source != "" {
		fold := text.Fold(f.Source)
		claim("(c.source_key = ? OR c.source_folded LIKE ?)", f.Source, "%"+fold+"%")
	}
	if f.Type != "" || f.Status != "" || f.Country != "" || f.Actor != "" || f.Near != nil {
		var iw where
		if f.Type != "" {
			iw.add("i.type = ?", f.Type)
		}
		if f.Status != "" {
			iw.add("i.status = ?", f.Status)
		}
		if f.Country != "" {
			iw.add("i.country = ?", strings.ToUpper(f.Country))
		}
		if n := f.Near; n != nil {
			dLat, dLon := boxDegrees(n.Lat, n.KM)
			iw.add("i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?", n.Lat-dLat, n.Lat+dLat, n.Lon-dLon, n.Lon+dLon)
		}
		if f.Actor != "" {
			actorCond(&iw, "incident_actors", "incident", "i.id", f.Actor)
		}
		// An article matches through any of its incidents.
		w.add(`EXISTS (SELECT 1 FROM events e JOIN incidents i ON i.id = e.incident WHERE e.article_id = d.article_id AND `+
			strings.Join(iw.conds, " AND ")+`)`, iw.args...)
	}
	extra := ""
	for _, c := range w.conds {
		extra += " AND " + c
	}
	args := append([]any{s.terms(f.Query)}, w.args...)
	args = append(args, 0, 0)
	limit := limitOf(f.Page)
	args[len(args)-2], args[len(args)-1] = limit+1, off
	rows, err := s.db.QueryContext(ctx, s.q(strings.Replace(s.d.Search, "/*filters*/", extra, 1)), args...)
	if err != nil {
		return nil, "", fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	out := []sitrep.SearchHit{}
	for rows.Next() {
		var h sitrep.SearchHit
		if err := rows.Scan(&h.Kind, &h.ArticleID, &h.ClaimID, &h.Title, &h.Snippet, &h.Source, &h.Published); err != nil {
			return nil, "", err
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = encodeCursor(strconv.Itoa(off + limit))
	}
	return out, next, nil
}

// terms reduces a user's query to plain words, so no query syntax of
// either engine can be injected or mis-parsed.
func (s *DB) terms(q string) string {
	var words []string
	for _, t := range text.Tokenize(q) {
		if t.Kind != text.Punct {
			words = append(words, t.Norm)
		}
	}
	if s.d.Terms != nil {
		return s.d.Terms(words)
	}
	return strings.Join(words, " ")
}

// Stats counts the ledger's contents.
func (s *DB) Stats(ctx context.Context) (sitrep.Stats, error) {
	st := sitrep.Stats{ByStatus: map[string]int{}}
	for _, c := range []struct {
		q string
		n *int
	}{
		{`SELECT COUNT(*) FROM articles`, &st.Articles},
		{`SELECT COUNT(*) FROM versions`, &st.Versions},
		{`SELECT COUNT(*) FROM records`, &st.Records},
		{`SELECT COUNT(*) FROM events`, &st.Events},
		{`SELECT COUNT(*) FROM claims`, &st.Claims},
		{`SELECT COUNT(*) FROM incidents`, &st.Incidents},
	} {
		if err := s.db.QueryRowContext(ctx, c.q).Scan(c.n); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT status, COUNT(*) FROM incidents GROUP BY status`)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return st, err
		}
		st.ByStatus[k] = n
	}
	return st, rows.Err()
}

// LatestVersions pages through every article's latest version.
func (s *DB) LatestVersions(ctx context.Context, page sitrep.Page) ([]sitrep.Article, []string, string, error) {
	cur, err := decodeCursor(page.Cursor, 1)
	if err != nil {
		return nil, nil, "", err
	}
	after := ""
	if cur != nil {
		after = cur[0]
	}
	limit := limitOf(page)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT a.id, a.url, a.outlet, a.title, a.published, v.fetched, v.hash, a.latest, v.body,
		COALESCE((SELECT r.engine FROM records r WHERE r.article_id = a.id AND r.version = a.latest ORDER BY r.id DESC LIMIT 1), '')
		FROM articles a JOIN versions v ON v.article_id = a.id AND v.version = a.latest
		WHERE a.id > ? ORDER BY a.id LIMIT `+strconv.Itoa(limit+1)), after)
	if err != nil {
		return nil, nil, "", fmt.Errorf("list versions: %w", err)
	}
	defer rows.Close()
	var arts []sitrep.Article
	var engines []string
	for rows.Next() {
		var a sitrep.Article
		var fetched, engine string
		if err := rows.Scan(&a.ID, &a.URL, &a.Outlet, &a.Title, &a.Published, &fetched, &a.Hash, &a.Version, &a.Text, &engine); err != nil {
			return nil, nil, "", err
		}
		a.Fetched, _ = time.Parse(time.RFC3339Nano, fetched)
		arts = append(arts, a)
		engines = append(engines, engine)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, "", err
	}
	next := ""
	if len(arts) > limit {
		arts, engines = arts[:limit], engines[:limit]
		next = encodeCursor(arts[limit-1].ID)
	}
	return arts, engines, next, nil
}
