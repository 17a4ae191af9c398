package ledger

import (
	"fmt"
	"math"
	"strings"
	"time"

	"sitrep"
)

// Linking thresholds. Reports of one happening differ in how precisely they
// place it; a region-sized place says too little to tie two reports
// together, so radii are capped and imprecise places do not link.
const (
	// DefaultRadiusKM is assumed for a place given without precision.
	DefaultRadiusKM = 5.0
	// MaxLinkRadiusKM caps the radius a place contributes to linking.
	MaxLinkRadiusKM = 50.0
	// PreciseKM is the radius under which two reports of the same type
	// on the same days link even when they name different actors: that
	// is how a disputed perpetrator shows up.
	PreciseKM = 15.0
	// DayTolerance is how many days apart two reports' dates may be.
	DayTolerance = 1
)

// typeGroups says which ACLED types two reports of one happening may carry:
// one outlet's shelling ("Explosions/Remote violence") is another's
// "Violence against civilians"; a battle report may mention the shelling.
var compatibleTypes = map[[2]string]bool{
	{sitrep.ExplosionsRemote, sitrep.ViolenceCivilians}: true,
	{sitrep.Battles, sitrep.ExplosionsRemote}:           true,
	{sitrep.Protests, sitrep.Riots}:                     true,
}

// TypesCompatible reports whether two event types may describe one happening.
func TypesCompatible(a, b string) bool {
	return a == b || compatibleTypes[[2]string{a, b}] || compatibleTypes[[2]string{b, a}]
}

// Radius is the linking radius of an event's place.
func Radius(p *sitrep.EventPlace) float64 {
	r := p.PrecisionKM
	if r <= 0 {
		r = DefaultRadiusKM
	}
	return math.Min(r, MaxLinkRadiusKM)
}

// HasPlace reports whether an event is placed at all.
func HasPlace(p *sitrep.EventPlace) bool {
	return p != nil && (p.Lat != 0 || p.Lon != 0)
}

// DateRange is an event's [first, last] day; ok is false without a date.
func DateRange(ev *sitrep.Event) (from, to time.Time, ok bool) {
	from, ok = parseDay(ev.Date)
	if !ok {
		return from, from, false
	}
	to, ok2 := parseDay(ev.DateEnd)
	if !ok2 || to.Before(from) {
		to = from
	}
	return from, to, true
}

// parseDay reads the first day of an ISO date at day, month or year
// granularity; a month or year reaches to its last day through DateEnd
// only when the engine says so.
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// DistanceKM is the great-circle distance between two points.
func DistanceKM(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// Compatible decides whether two reports from different articles describe
// one happening, and says why. The test is symmetric and depends on the two
// reports alone, so the incidents it induces do not depend on the order
// articles arrive in.
func Compatible(a, b *sitrep.EventReport) (bool, string) {
	if a.ArticleID == b.ArticleID {
		return false, "same article"
	}
	ea, eb := &a.Event, &b.Event
	if !TypesCompatible(ea.Type, eb.Type) {
		return false, "types differ"
	}
	if !HasPlace(ea.Place) || !HasPlace(eb.Place) {
		return false, "no place"
	}
	if ea.Place.PrecisionKM > MaxLinkRadiusKM || eb.Place.PrecisionKM > MaxLinkRadiusKM {
		return false, "place too imprecise"
	}
	d := DistanceKM(ea.Place.Lat, ea.Place.Lon, eb.Place.Lat, eb.Place.Lon)
	ra, rb := Radius(ea.Place), Radius(eb.Place)
	if d > ra+rb {
		return false, "too far apart"
	}
	af, at, ok1 := DateRange(ea)
	bf, bt, ok2 := DateRange(eb)
	if !ok1 || !ok2 {
		return false, "no date"
	}
	tol := DayTolerance * 24 * time.Hour
	if af.After(bt.Add(tol)) || bf.After(at.Add(tol)) {
		return false, "dates apart"
	}
	ka, kb := ActorKeys(a), ActorKeys(b)
	shared := intersect(ka, kb)
	var why []string
	why = append(why, typeReason(ea.Type, eb.Type))
	why = append(why, fmt.Sprintf("%.1f km apart (radii %.0f and %.0f km)", d, ra, rb))
	why = append(why, dateReason(ea, eb))
	switch {
	case len(shared) > 0:
		why = append(why, "shared actors: "+strings.Join(names(a, shared), ", "))
	case len(ka) == 0 || len(kb) == 0:
		why = append(why, "one report names no actor")
	case ea.Type == eb.Type && math.Max(ra, rb) <= PreciseKM && d <= PreciseKM && sameDays(af, at, bf, bt):
		why = append(why, "different actors named for the same precise place and days")
	default:
		return false, "actors differ"
	}
	return true, strings.Join(why, "; ")
}

func sameDays(af, at, bf, bt time.Time) bool { return af.Equal(bf) && at.Equal(bt) }

func typeReason(a, b string) string {
	if a == b {
		return "same type " + a
	}
	return "compatible types " + a + " / " + b
}

func dateReason(a, b *sitrep.Event) string {
	da, db := span(a), span(b)
	if da == db {
		return "same date " + da
	}
	return "dates " + da + " and " + db + " within a day"
}

func span(e *sitrep.Event) string {
	if e.DateEnd == "" || e.DateEnd == e.Date {
		return e.Date
	}
	return e.Date + ".." + e.DateEnd
}

func intersect(a, b []string) []string {
	var out []string
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return out
}

func names(r *sitrep.EventReport, keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		for _, p := range r.Actors {
			if p.Key == k {
				out = append(out, p.Name)
				break
			}
		}
	}
	return out
}
