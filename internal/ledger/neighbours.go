package ledger

import (
	"fmt"
	"time"

	"sitrep"
)

// shortSpanDays is the longest span of an event the date index range of
// a neighbour search reaches back for; longer events, a handful, are read
// through events_long by their span.
const shortSpanDays = 31

// window is where stored reports that may link with some of an article's
// reports lie: a date range of the date index, a box, and the reports.
type window struct {
	lo, hi, loEnd                  string // date >= lo AND date <= hi AND date_end >= loEnd
	minLat, maxLat, minLon, maxLon float64
	reps                           []*sitrep.EventReport
}

// windowOf is the window of one report; false when it cannot link.
func (w *writer) windowOf(r *sitrep.EventReport) (window, bool) {
	from, to, ok := DateRange(&r.Event)
	p := r.Event.Place
	if !ok || !HasPlace(p) || p.PrecisionKM > MaxLinkRadiusKM {
		return window{}, false
	}
	tol := time.Duration(DayTolerance) * 24 * time.Hour
	dLat, dLon := boxDegrees(p.Lat, Radius(p)+MaxLinkRadiusKM)
	return window{
		lo:     from.Add(-tol).AddDate(0, 0, -min(w.maxEventSpan, shortSpanDays)).Format("2006-01-02"),
		hi:     to.Add(tol).Format("2006-01-02"),
		loEnd:  from.Add(-tol).Format("2006-01-02"),
		minLat: p.Lat - dLat, maxLat: p.Lat + dLat, minLon: p.Lon - dLon, maxLon: p.Lon + dLon,
		reps: []*sitrep.EventReport{r},
	}, true
}

// overlaps tells whether two windows share days and ground.
func (a *window) overlaps(b *window) bool {
	return a.lo <= b.hi && b.lo <= a.hi &&
		a.minLat <= b.maxLat && b.minLat <= a.maxLat && a.minLon <= b.maxLon && b.minLon <= a.maxLon
}

func (a *window) union(b *window) {
	a.lo, a.hi, a.loEnd = min(a.lo, b.lo), max(a.hi, b.hi), min(a.loEnd, b.loEnd)
	a.minLat, a.maxLat = min(a.minLat, b.minLat), max(a.maxLat, b.maxLat)
	a.minLon, a.maxLon = min(a.minLon, b.minLon), max(a.maxLon, b.maxLon)
	a.reps = append(a.reps, b.reps...)
}

// holds tells whether a stored row lies in the window: a report's own
// window, where the one searched may be the union of several.
func (a *window) holds(date, end string, lat, lon float64) bool {
	// No date >= lo: lo bounds the date index read, not the overlap, and
	// events read by span start before it.
	return date <= a.hi && end >= a.loEnd &&
		lat >= a.minLat && lat <= a.maxLat && lon >= a.minLon && lon <= a.maxLon
}

// neighbours adds to affected the incidents of stored reports compatible
// with one of reps (one article's). Reports whose windows overlap — an
// article's events mostly share their days and places — are searched
// together: the date index range is read once for them, not once each.
// The SQL box is generous; Compatible decides.
func (w *writer) neighbours(reps []sitrep.EventReport, affected map[string]bool) error {
	var wins []window
	own := make(map[*sitrep.EventReport]window, len(reps))
	for i := range reps {
		win, ok := w.windowOf(&reps[i])
		if !ok {
			continue
		}
		own[&reps[i]] = win
		merged := false
		for j := range wins {
			if wins[j].overlaps(&win) {
				wins[j].union(&win)
				merged = true
				break
			}
		}
		if !merged {
			wins = append(wins, win)
		}
	}
	for i := range wins {
		if err := w.search(&wins[i], own, affected); err != nil {
			return err
		}
	}
	return nil
}

// search reads the stored events in a window: those that start at most
// shortSpanDays before it from the date index, and when longer events
// exist, those from events_long (an event may come twice; affected
// dedupes).
func (w *writer) search(win *window, own map[*sitrep.EventReport]window, affected map[string]bool) error {
	const cols = `SELECT uid, incident, type, date, date_end, lat, lon, precision_km FROM events WHERE `
	const near = ` AND date <= ? AND date_end >= ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND article_id <> ?`
	args := []any{win.lo, win.hi, win.loEnd, win.minLat, win.maxLat, win.minLon, win.maxLon, win.reps[0].ArticleID}
	var cands []candidate
	if err := w.scan(cols+`date >= ?`+near, args, win, own, affected, &cands); err != nil {
		return err
	}
	if w.maxEventSpan > shortSpanDays {
		args[0] = shortSpanDays
		if err := w.scan(cols+`span_days > ?`+near, args, win, own, affected, &cands); err != nil {
			return err
		}
	}
	// Bodies are read after the scan: a PostgreSQL connection runs one
	// statement at a time.
	for _, c := range cands {
		if affected[c.inc] {
			continue
		}
		o, ok := w.decoded[c.uid]
		if !ok {
			var body []byte
			if err := w.queryRow(`SELECT body FROM events WHERE uid = ?`, c.uid).Scan(&body); err != nil {
				return fmt.Errorf("read neighbour: %w", err)
			}
			var err error
			if o, err = w.report(c.uid, body); err != nil {
				return err
			}
		}
		for _, r := range c.reps {
			if ok, _ := Compatible(r, o); ok {
				affected[c.inc] = true
				break
			}
		}
	}
	return nil
}

// candidate is a stored report that may link with some of reps: its
// columns pass the type, place and date tests Compatible makes, which
// its body, read only then, must pass too.
type candidate struct {
	uid, inc string
	reps     []*sitrep.EventReport
}

func (w *writer) scan(q string, args []any, win *window, own map[*sitrep.EventReport]window, affected map[string]bool, out *[]candidate) error {
	rows, err := w.query(q, args...)
	if err != nil {
		return fmt.Errorf("find neighbours: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid, inc, typ, date, end string
		var lat, lon, prec float64
		if err := rows.Scan(&uid, &inc, &typ, &date, &end, &lat, &lon, &prec); err != nil {
			return err
		}
		if inc == "" || affected[inc] || prec > MaxLinkRadiusKM {
			continue
		}
		p := sitrep.EventPlace{Lat: lat, Lon: lon, PrecisionKM: prec}
		var c *candidate
		for _, r := range win.reps {
			if rw := own[r]; !rw.holds(date, end, lat, lon) || !TypesCompatible(r.Event.Type, typ) {
				continue
			}
			rp := r.Event.Place
			if DistanceKM(rp.Lat, rp.Lon, lat, lon) > Radius(rp)+Radius(&p) {
				continue
			}
			if c == nil {
				*out = append(*out, candidate{uid: uid, inc: inc})
				c = &(*out)[len(*out)-1]
			}
			c.reps = append(c.reps, r)
		}
	}
	return rows.Err()
}
