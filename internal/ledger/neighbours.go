package ledger

import (
	"database/sql"
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
	const cols = `SELECT uid, incident, date, date_end, lat, lon, body FROM events WHERE `
	const near = ` AND date <= ? AND date_end >= ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND article_id <> ?`
	args := []any{win.lo, win.hi, win.loEnd, win.minLat, win.maxLat, win.minLon, win.maxLon, win.reps[0].ArticleID}
	if err := w.scan(cols+`date >= ?`+near, args, win, own, affected); err != nil {
		return err
	}
	if w.maxEventSpan <= shortSpanDays {
		return nil
	}
	args[0] = shortSpanDays
	return w.scan(cols+`span_days > ?`+near, args, win, own, affected)
}

func (w *writer) scan(q string, args []any, win *window, own map[*sitrep.EventReport]window, affected map[string]bool) error {
	rows, err := w.query(q, args...)
	if err != nil {
		return fmt.Errorf("find neighbours: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var uid, inc, date, end string
		var lat, lon float64
		var body sql.RawBytes
		if err := rows.Scan(&uid, &inc, &date, &end, &lat, &lon, &body); err != nil {
			return err
		}
		if inc == "" || affected[inc] {
			continue
		}
		var o *sitrep.EventReport
		for _, r := range win.reps {
			if rw := own[r]; !rw.holds(date, end, lat, lon) {
				continue
			}
			if o == nil {
				if o, err = w.report(uid, body); err != nil {
					return err
				}
			}
			if ok, _ := Compatible(r, o); ok {
				affected[inc] = true
				break
			}
		}
	}
	return rows.Err()
}
