package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// Has reports which text hashes are stored.
func (s *DB) Has(ctx context.Context, hashes []string) (map[string]bool, error) {
	out := make(map[string]bool, len(hashes))
	for start := 0; start < len(hashes); start += 500 {
		chunk := hashes[start:min(start+500, len(hashes))]
		args := make([]any, len(chunk))
		for i, h := range chunk {
			args[i] = h
		}
		rows, err := s.db.QueryContext(ctx, s.q(`SELECT hash FROM versions WHERE hash IN (`+marks(len(chunk))+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("look up hashes: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, err
			}
			out[h] = true
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// Put stores a batch in one transaction.
func (s *DB) Put(ctx context.Context, subs []sitrep.Submission) ([]sitrep.PutResult, error) {
	ps := make([]Prepared, len(subs))
	for i := range subs {
		ps[i].Submission = subs[i]
	}
	return s.put(ctx, ps)
}

func (s *DB) put(ctx context.Context, subs []Prepared) ([]sitrep.PutResult, error) {
	out := make([]sitrep.PutResult, len(subs))
	err := s.write(ctx, func(w *writer) error {
		for i := range subs {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := w.put(&subs[i])
			if err != nil {
				return fmt.Errorf("put article %q: %w", subs[i].Submission.Article.ID, err)
			}
			out[i] = r
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// AddRecord appends a record for a stored version and relinks the article
// when that version is its latest.
func (s *DB) AddRecord(ctx context.Context, articleID string, version int, rec sitrep.Record) error {
	return s.write(ctx, func(w *writer) error {
		a, latest, err := w.article(articleID, version)
		if err != nil {
			return err
		}
		d, err := derive(a, &rec)
		if err != nil {
			return err
		}
		if err := w.insertRecord(a, rec.Engine, d.record); err != nil {
			return err
		}
		if version != latest {
			return nil
		}
		return w.replace(a, d, false)
	})
}

// writer is one write transaction.
type writer struct {
	s   *DB
	ctx context.Context
	tx  *sql.Tx
	now time.Time
	// maxSpan is the longest span in days of an incident or event (meta
	// key metaSpan), maxEventSpan of an event (metaEventSpan).
	maxSpan, maxEventSpan int
	stmts                 map[string]*sql.Stmt
	// was maps the uid of every report loaded for relinking to the
	// incident it was in, so unchanged rows are not rewritten.
	was map[string]string
	// decoded holds the stored reports this transaction has read, by
	// uid: the neighbours of one article are the members relink reads
	// next, and the next article of the batch reads them again. A row's
	// body never changes once written except when clear deletes it.
	decoded map[string]*sitrep.EventReport
	// fresh holds the reports of the article being put that are not
	// stored yet, by uid; writeIncident stores each with its incident and
	// notes its claims' incident in claimIncident (by claim id).
	fresh         map[string]*sitrep.EventReport
	claimIncident map[string]string
	// primary maps the article's claim ids to their primary event's uid
	// (PrimaryEvents): the event whose incident the claim takes.
	primary map[string]string
	// bodies holds the JSON of the article's reports (derived.bodies).
	bodies map[string]string
	// docsBefore is the largest search document id when the transaction
	// began: documents above it are not in the search index yet.
	docsBefore int64
	// pending holds rows queued for multi-row inserts (see flush).
	pending map[*batchInsert][]any
}

func (s *DB) write(ctx context.Context, fn func(*writer) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if s.d.LockWrites != "" {
		if _, err := tx.ExecContext(ctx, s.d.LockWrites); err != nil {
			return fmt.Errorf("lock ledger: %w", err)
		}
	}
	// The transaction's statements run without ctx's cancellation: with a
	// cancellable context the SQLite driver starts a goroutine per
	// statement to watch it, a tenth of the write path's time. The
	// transaction itself still rolls back when ctx ends, and Put checks
	// ctx between articles.
	w := &writer{s: s, ctx: context.WithoutCancel(ctx), tx: tx, now: s.now().UTC(), stmts: map[string]*sql.Stmt{}, decoded: map[string]*sitrep.EventReport{}}
	defer func() {
		for _, st := range w.stmts {
			st.Close()
		}
	}()
	for _, m := range []struct {
		key string
		v   *int
	}{{metaSpan, &w.maxSpan}, {metaEventSpan, &w.maxEventSpan}} {
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COALESCE(MAX(v), 0) FROM meta WHERE k = ?`), m.key).Scan(m.v); err != nil {
			return fmt.Errorf("read meta: %w", err)
		}
	}
	if s.d.IndexSync != "" {
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM docs`).Scan(&w.docsBefore); err != nil {
			return fmt.Errorf("read docs: %w", err)
		}
	}
	if err := fn(w); err != nil {
		return err
	}
	if err := w.flush(); err != nil {
		return err
	}
	if s.d.IndexSync != "" {
		if err := w.exec(s.d.IndexSync, w.docsBefore); err != nil {
			return fmt.Errorf("index documents: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// exec runs a statement, prepared once per transaction: the write path
// runs the same few statements thousands of times.
func (w *writer) exec(q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	if st == nil {
		_, err = w.tx.ExecContext(w.ctx, w.s.q(q), args...)
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

// stmt returns q prepared once per transaction, or nil when the dialect
// prefers plain calls.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if !w.s.d.Prepare {
		return nil, nil
	}
	st, ok := w.stmts[q]
	if !ok {
		var err error
		if st, err = w.tx.PrepareContext(w.ctx, w.s.q(q)); err != nil {
			return nil, err
		}
		w.stmts[q] = st
	}
	return st, nil
}

// query is exec for statements that return rows: the write path's lookups
// run once or more per article, and preparing each call was a tenth of
// its time.
func (w *writer) query(q string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return w.tx.QueryContext(w.ctx, w.s.q(q), args...)
	}
	return st.QueryContext(w.ctx, args...)
}

// queryRow is query for one row.
func (w *writer) queryRow(q string, args ...any) *sql.Row {
	st, err := w.stmt(q)
	if err != nil || st == nil {
		return w.tx.QueryRowContext(w.ctx, w.s.q(q), args...)
	}
	return st.QueryRowContext(w.ctx, args...)
}

func (w *writer) put(p *Prepared) (sitrep.PutResult, error) {
	sub := &p.Submission
	a := sub.Article
	if a.Hash == "" {
		return sitrep.PutResult{}, fmt.Errorf("%w: article without hash", sitrep.ErrInvalid)
	}
	var id string
	var ver int
	err := w.queryRow(`SELECT article_id, version FROM versions WHERE hash = ?`, a.Hash).Scan(&id, &ver)
	if err == nil {
		return sitrep.PutResult{ArticleID: id, Version: ver, Status: sitrep.PutDuplicate}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return sitrep.PutResult{}, err
	}
	if a.Fetched.IsZero() {
		a.Fetched = w.now
	}
	key := articleKey(&a)
	var latest int
	err = w.queryRow(`SELECT id, latest FROM articles WHERE key = ?`, key).Scan(&id, &latest)
	status := sitrep.PutVersion
	switch {
	case errors.Is(err, sql.ErrNoRows):
		status = sitrep.PutNew
		id, err = w.freeID(a.ID, a.Hash)
		if err != nil {
			return sitrep.PutResult{}, err
		}
		a.Version = 1
		err = w.exec(`INSERT INTO articles (id, key, url, outlet, title, published, fetched, latest) VALUES (?,?,?,?,?,?,?,?)`,
			id, key, a.URL, a.Outlet, a.Title, a.Published, a.Fetched.Format(time.RFC3339Nano), 1)
	case err == nil:
		a.Version = latest + 1
		err = w.exec(`UPDATE articles SET url = ?, outlet = ?, title = ?, published = ?, latest = ? WHERE id = ?`,
			a.URL, a.Outlet, a.Title, a.Published, a.Version, id)
	}
	if err != nil {
		return sitrep.PutResult{}, err
	}
	a.ID = id
	if err := w.exec(`INSERT INTO versions (article_id, version, hash, url, outlet, title, published, fetched, body) VALUES (?,?,?,?,?,?,?,?,?)`,
		a.ID, a.Version, a.Hash, a.URL, a.Outlet, a.Title, a.Published, a.Fetched.Format(time.RFC3339Nano), a.Text); err != nil {
		return sitrep.PutResult{}, err
	}
	d := p.d
	if d == nil || d.id != a.ID || d.version != a.Version {
		rec := sub.Record
		rec.ID = a.ID
		if d, err = derive(a, &rec); err != nil {
			return sitrep.PutResult{}, err
		}
	}
	if err := w.insertRecord(a, sub.Record.Engine, d.record); err != nil {
		return sitrep.PutResult{}, err
	}
	if err := w.replace(a, d, status == sitrep.PutNew); err != nil {
		return sitrep.PutResult{}, err
	}
	return sitrep.PutResult{ArticleID: a.ID, Version: a.Version, Status: status}, nil
}

// articleKey is what makes two submissions the same article: its URL, or
// else the id its source gave it.
func articleKey(a *sitrep.Article) string {
	if a.URL != "" {
		return "url:" + a.URL
	}
	if a.ID != "" {
		return "id:" + a.ID
	}
	return "hash:" + a.Hash
}

// freeID keeps the source's id unless another article holds it.
func (w *writer) freeID(want, hash string) (string, error) {
	if want == "" {
		want = hash[:12]
	}
	for i := 0; ; i++ {
		id := want
		if i > 0 {
			id = fmt.Sprintf("%s-%s", want, hash[:4*i])
		}
		var n int
		if err := w.queryRow(`SELECT COUNT(*) FROM articles WHERE id = ?`, id).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 || i >= 16 {
			return id, nil
		}
	}
}

func (w *writer) article(id string, version int) (sitrep.Article, int, error) {
	var a sitrep.Article
	var latest int
	var fetched string
	err := w.tx.QueryRowContext(w.ctx, w.s.q(`SELECT v.article_id, v.version, v.hash, v.url, v.outlet, v.title, v.published, v.fetched, a.latest
		FROM versions v JOIN articles a ON a.id = v.article_id WHERE v.article_id = ? AND v.version = ?`), id, version).
		Scan(&a.ID, &a.Version, &a.Hash, &a.URL, &a.Outlet, &a.Title, &a.Published, &fetched, &latest)
	if errors.Is(err, sql.ErrNoRows) {
		return a, 0, fmt.Errorf("article %s version %d: %w", id, version, sitrep.ErrNotFound)
	}
	a.Fetched, _ = time.Parse(time.RFC3339Nano, fetched)
	return a, latest, err
}

func (w *writer) insertRecord(a sitrep.Article, engine, body string) error {
	return w.exec(`INSERT INTO records (article_id, version, engine, created, body) VALUES (?,?,?,?,?)`,
		a.ID, a.Version, engine, w.now.Format(time.RFC3339Nano), body)
}

// replace makes d's record the article's current one: its events, claims,
// actors and search documents replace the previous ones, and the incidents
// they touch are recomputed. A new article (fresh) has no previous ones.
func (w *writer) replace(a sitrep.Article, d *derived, fresh bool) error {
	affected := map[string]bool{}
	if !fresh {
		if err := w.clear(a.ID, affected); err != nil {
			return err
		}
	}
	text := a.Text
	if text == "" {
		if err := w.queryRow(`SELECT body FROM versions WHERE article_id = ? AND version = ?`, a.ID, a.Version).Scan(&text); err != nil {
			return err
		}
	}
	w.add(&insDocs, a.ID, "article", "", a.Title, text, a.Outlet, a.Published)
	for _, row := range d.actors {
		w.add(&insActors, row...)
	}
	// The article's reports and claims are written once their incidents
	// are known, rather than written blank and updated: neighbours skips
	// the article's own rows anyway.
	reps := append([]sitrep.EventReport(nil), d.reps...)
	w.fresh = make(map[string]*sitrep.EventReport, len(reps))
	w.claimIncident = map[string]string{}
	for i := range reps {
		w.fresh[reps[i].UID] = &reps[i]
	}
	w.primary, w.bodies = d.primary, d.bodies
	if err := w.neighbours(reps, affected); err != nil {
		return err
	}
	if err := w.relink(affected, reps); err != nil {
		return err
	}
	for i := range reps {
		if w.fresh[reps[i].UID] != nil { // in no incident
			if err := w.insertEvent(&reps[i], ""); err != nil {
				return err
			}
		}
	}
	for i := range d.claims {
		c := &d.claims[i]
		q := &c.q
		w.add(&insClaims, a.ID, q.Claim.ID, w.claimIncident[q.Claim.ID], w.primary[q.Claim.ID], q.Source.Key, q.Source.Name, c.folded,
			b2i(q.Source.Party), b2i(q.Source.Independent), b2i(q.Claim.Denial), a.Published, a.Outlet, q.Claim.Text, c.body)
		w.add(&insDocs, a.ID, "claim", q.Claim.ID, a.Title, q.Claim.Text, q.Source.Name, a.Published)
	}
	if err := w.flush(); err != nil {
		return fmt.Errorf("insert rows: %w", err)
	}
	return nil
}

// clear deletes an article's events, claims and search documents, adding
// the incidents its events were in to affected.
func (w *writer) clear(id string, affected map[string]bool) error {
	clear(w.decoded) // the article's uids come back with new bodies
	if err := w.collect(&affected, `SELECT DISTINCT incident FROM events WHERE article_id = ? AND incident <> ''`, id); err != nil {
		return err
	}
	if w.s.d.IndexDelete != "" {
		if err := w.exec(w.s.d.IndexDelete, id, w.docsBefore); err != nil {
			return fmt.Errorf("unindex documents: %w", err)
		}
	}
	for _, q := range []string{
		`DELETE FROM event_actors WHERE uid IN (SELECT uid FROM events WHERE article_id = ?)`,
		`DELETE FROM events WHERE article_id = ?`,
		`DELETE FROM claims WHERE article_id = ?`,
		`DELETE FROM docs WHERE article_id = ?`,
	} {
		if err := w.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

func text0(s string) string { return text.Fold(s) }

// report decodes a stored event body, once per transaction.
func (w *writer) report(uid string, body []byte) (*sitrep.EventReport, error) {
	if r, ok := w.decoded[uid]; ok {
		return r, nil
	}
	r := new(sitrep.EventReport)
	if err := json.Unmarshal(body, r); err != nil {
		return nil, fmt.Errorf("decode event: %w", err)
	}
	w.decoded[uid] = r
	return r, nil
}

func (w *writer) collect(set *map[string]bool, q string, args ...any) error {
	rows, err := w.query(q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		(*set)[v] = true
	}
	return rows.Err()
}

// eventRow is how an event is indexed: first and last day, point.
type eventRow struct {
	date, end string
	span      int // days from date to end
	lat, lon  sql.NullFloat64
	prec      float64
	country   string
}

func indexOf(r *sitrep.EventReport) eventRow {
	var row eventRow
	if f, t, ok := DateRange(&r.Event); ok {
		row.date, row.end = f.Format("2006-01-02"), t.Format("2006-01-02")
		row.span = int(t.Sub(f).Hours() / 24)
	}
	if p := r.Event.Place; HasPlace(p) {
		row.lat = sql.NullFloat64{Float64: p.Lat, Valid: true}
		row.lon = sql.NullFloat64{Float64: p.Lon, Valid: true}
		row.prec, row.country = p.PrecisionKM, p.Country
	}
	return row
}

func (w *writer) insertEvent(r *sitrep.EventReport, incident string) error {
	row := indexOf(r)
	body, ok := w.bodies[r.UID]
	if !ok {
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		body = string(b)
	}
	w.add(&insEvents, r.UID, r.ArticleID, r.Event.Type, row.date, row.end, row.span, row.lat, row.lon, row.prec,
		row.country, incident, r.Published, body)
	for _, k := range ActorKeys(r) {
		w.add(&insEventActors, r.UID, k)
	}
	if err := w.noteSpan(metaEventSpan, &w.maxEventSpan, row.date, row.end); err != nil {
		return err
	}
	return w.noteSpan(metaSpan, &w.maxSpan, row.date, row.end)
}

// Meta keys holding the longest date span in days, of any incident or
// event, and of any event: a query for rows overlapping a window scans the
// date index from that far before the window, no further. A new report's
// neighbours are events, and an incident chained from month-long reports
// can span more than a year (the dev corpus copied ten times makes one of
// 578 days): bounded by the incidents' span, every neighbour search read
// most of the events table.
const (
	metaSpan      = "max_span_days"
	metaEventSpan = "max_event_span_days"
)

// noteSpan raises the span stored under key (and *cur) to that of from–to.
func (w *writer) noteSpan(key string, cur *int, from, to string) error {
	if from == "" {
		return nil
	}
	f, err1 := time.Parse("2006-01-02", from)
	t, err2 := time.Parse("2006-01-02", to)
	if err1 != nil || err2 != nil {
		return nil
	}
	span := int(t.Sub(f).Hours() / 24)
	if span <= *cur {
		return nil
	}
	*cur = span
	if err := w.exec(`DELETE FROM meta WHERE k = ?`, key); err != nil {
		return err
	}
	return w.exec(`INSERT INTO meta (k, v) VALUES (?, ?)`, key, span)
}

// boxDegrees converts a radius into half-widths of a lat/lon box.
func boxDegrees(lat, km float64) (dLat, dLon float64) {
	dLat = km / 111.0
	c := math.Cos(lat * math.Pi / 180)
	if c < 0.01 {
		return dLat, 180
	}
	return dLat, math.Min(180, km/(111.0*c))
}

// PrimaryEvents maps each claim id that reps' events name to the uid of
// its primary event: the one that starts first in the text, the earlier
// in reps on a tie. A claim backing events of several incidents belongs
// to its primary event's, a rule that holds whatever order articles come
// in (migration 005 applies it to ledgers written before, ordering ties
// by uid).
func PrimaryEvents(reps []sitrep.EventReport) map[string]string {
	out := map[string]string{}
	start := map[string]int{}
	for i := range reps {
		r := &reps[i]
		at := r.Event.Span.Start()
		for _, id := range r.Event.Claims {
			if uid, ok := out[id]; ok && start[uid] <= at {
				continue
			}
			out[id] = r.UID
			start[r.UID] = at
		}
	}
	return out
}

// relink recomputes the affected incidents together with the new reports.
func (w *writer) relink(affected map[string]bool, fresh []sitrep.EventReport) error {
	ids := make([]string, 0, len(affected))
	for id := range affected {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	members := append([]sitrep.EventReport(nil), fresh...)
	w.was = map[string]string{}
	for start := 0; start < len(ids); start += 200 {
		chunk := ids[start:min(start+200, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := w.query(`SELECT uid, incident, body FROM events WHERE incident IN (`+marks(len(chunk))+`)`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var uid, inc string
			var body sql.RawBytes
			if err := rows.Scan(&uid, &inc, &body); err != nil {
				rows.Close()
				return err
			}
			r, err := w.report(uid, body)
			if err != nil {
				rows.Close()
				return err
			}
			w.was[r.UID] = inc
			members = append(members, *r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM incident_actors WHERE incident IN (`+marks(len(chunk))+`)`, args...); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM incidents WHERE id IN (`+marks(len(chunk))+`)`, args...); err != nil {
			return err
		}
	}
	for _, g := range Components(members) {
		if err := w.writeIncident(g); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) writeIncident(g Group) error {
	d := Summarize(g)
	s := d.IncidentSummary
	sum, err := json.Marshal(s)
	if err != nil {
		return err
	}
	links, err := json.Marshal(g.Links)
	if err != nil {
		return err
	}
	var lat, lon sql.NullFloat64
	if s.Lat != 0 || s.Lon != 0 {
		lat, lon = sql.NullFloat64{Float64: s.Lat, Valid: true}, sql.NullFloat64{Float64: s.Lon, Valid: true}
	}
	party, indep := 0, 0
	for _, v := range d.Claimants {
		if len(v.Claims) == 0 {
			continue
		}
		party |= b2i(v.Claimant.Party)
		indep |= b2i(v.Claimant.Independent)
	}
	if err := w.exec(`INSERT INTO incidents (id, type, date, date_end, lat, lon, precision_km, country, status, reports, events, fatalities, has_party, has_independent, summary, links)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, s.ID, s.Type, s.Date, s.DateEnd, lat, lon, s.PrecisionKM, s.Country, s.Status,
		s.Reports, s.Events, s.Fatalities, party, indep, string(sum), string(links)); err != nil {
		return fmt.Errorf("insert incident: %w", err)
	}
	if err := w.noteSpan(metaSpan, &w.maxSpan, s.Date, s.DateEnd); err != nil {
		return err
	}
	keys := map[string]bool{}
	for i := range g.Reports {
		r := &g.Reports[i]
		for _, k := range ActorKeys(r) {
			keys[k] = true
		}
		if f := w.fresh[r.UID]; f != nil {
			if err := w.insertEvent(f, s.ID); err != nil {
				return err
			}
			delete(w.fresh, r.UID)
			for _, q := range f.Claims {
				if w.primary[q.Claim.ID] == f.UID {
					w.claimIncident[q.Claim.ID] = s.ID
				}
			}
			continue
		}
		if w.was[r.UID] == s.ID {
			continue // its row and claims already point here
		}
		if err := w.exec(`UPDATE events SET incident = ? WHERE uid = ?`, s.ID, r.UID); err != nil {
			return err
		}
		if len(r.Claims) > 0 {
			if err := w.exec(`UPDATE claims SET incident = ? WHERE article_id = ? AND event_uid = ?`, s.ID, r.ArticleID, r.UID); err != nil {
				return err
			}
		}
	}
	for _, k := range sortedKeys(keys) {
		w.add(&insIncidentActors, s.ID, k)
	}
	return nil
}
