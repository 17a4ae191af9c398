package ledger

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

func limitOf(p sitrep.Page) int {
	switch {
	case p.Limit <= 0:
		return DefaultLimit
	case p.Limit > MaxLimit:
		return MaxLimit
	}
	return p.Limit
}

// encodeCursor makes an opaque cursor from the sort key of a page's last row.
func encodeCursor(parts ...string) string {
	b, _ := json.Marshal(parts)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(c string, n int) ([]string, error) {
	if c == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(c)
	var parts []string
	if err == nil {
		err = json.Unmarshal(b, &parts)
	}
	if err != nil || len(parts) != n {
		return nil, fmt.Errorf("%w: bad cursor", sitrep.ErrInvalid)
	}
	return parts, nil
}

// where accumulates SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// ValidateFilter rejects filters no query could honour, with a message a
// user can act on.
func ValidateFilter(f *sitrep.Filter) error {
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d.v); err != nil {
			return fmt.Errorf("%w: %s %q: want YYYY-MM-DD", sitrep.ErrInvalid, d.name, d.v)
		}
	}
	if n := f.Near; n != nil {
		if n.Lat < -90 || n.Lat > 90 || n.Lon < -180 || n.Lon > 180 || n.KM <= 0 {
			return fmt.Errorf("%w: near %v,%v,%v", sitrep.ErrInvalid, n.Lat, n.Lon, n.KM)
		}
	}
	switch f.Status {
	case "", sitrep.IncidentSingleSource, sitrep.IncidentCorroborated, sitrep.IncidentPartiesOnly, sitrep.IncidentDisputed:
	default:
		return fmt.Errorf("%w: status %q: want single_source, corroborated, parties_only or disputed", sitrep.ErrInvalid, f.Status)
	}
	return nil
}

// actorCond matches rows whose actor table (col holds the key) names the
// filter's actor by key or folded name.
func actorCond(w *where, table, idcol, outer, actor string) {
	fold := text.Fold(actor)
	w.add(fmt.Sprintf(`EXISTS (SELECT 1 FROM %s x JOIN actors a ON a.key = x.actor WHERE x.%s = %s AND (a.key = ? OR a.folded = ? OR a.folded LIKE ?))`,
		table, idcol, outer), actor, fold, "%"+fold+"%")
}

// spaceTime adds the date window and bounding box of f on a table with
// date, date_end, lat and lon columns. maxSpan bounds how long before the
// window a row may start and still overlap it, which keeps the scan on the
// date index.
func spaceTime(w *where, f *sitrep.Filter, maxSpan int) {
	if f.Since != "" {
		t, _ := time.Parse("2006-01-02", f.Since)
		w.add("date >= ?", t.AddDate(0, 0, -maxSpan).Format("2006-01-02"))
		w.add("date_end >= ?", f.Since)
	}
	if f.Until != "" {
		w.add("date <= ?", f.Until)
	}
	if n := f.Near; n != nil {
		dLat, dLon := boxDegrees(n.Lat, n.KM)
		w.add("lat BETWEEN ? AND ?", n.Lat-dLat, n.Lat+dLat)
		w.add("lon BETWEEN ? AND ?", n.Lon-dLon, n.Lon+dLon)
	}
	if f.Country != "" {
		w.add("country = ?", strings.ToUpper(f.Country))
	}
}

func inCircle(n *sitrep.Near, lat, lon float64) bool {
	return n == nil || DistanceKM(n.Lat, n.Lon, lat, lon) <= n.KM
}
