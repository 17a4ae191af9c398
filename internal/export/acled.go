// Package export writes event reports in the formats analysts load
// elsewhere: ACLED's CSV columns, GeoJSON for maps, JSON Lines for scripts.
// Writers stream: call Write per report or record, then Close.
package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/ledger"
)

// ACLEDColumns are ACLED's column names, in ACLED's order.
var ACLEDColumns = []string{
	"event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
}

// Options tunes the writers.
type Options struct {
	// CountryName turns an ISO code into the country name ACLED uses; nil
	// writes the code.
	CountryName func(code string) string
	// ActorName gives an actor's ACLED name for the event's year (a state's
	// forces are named after the government of the day); nil keeps the
	// record's name.
	ActorName func(acled, country string, year int) string
}

// ACLEDWriter writes one CSV row per event.
type ACLEDWriter struct {
	w    *csv.Writer
	opts Options
}

// NewACLED writes the header and returns the writer.
func NewACLED(w io.Writer, opts Options) (*ACLEDWriter, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(ACLEDColumns); err != nil {
		return nil, fmt.Errorf("write acled header: %w", err)
	}
	return &ACLEDWriter{w: cw, opts: opts}, nil
}

// WriteRecord writes every event of one extraction record.
func (a *ACLEDWriter) WriteRecord(rec *sitrep.Record) error {
	art := sitrep.Article{ID: rec.ID, URL: rec.URL, Outlet: rec.Outlet, Title: rec.Title, Published: rec.Published}
	for _, r := range ledger.Resolve(art, rec) {
		if err := a.Write(&r); err != nil {
			return err
		}
	}
	return nil
}

// Write writes one event report.
func (a *ACLEDWriter) Write(r *sitrep.EventReport) error {
	if err := a.w.Write(ACLEDRow(r, a.opts)); err != nil {
		return fmt.Errorf("write acled row: %w", err)
	}
	return nil
}

// Close flushes.
func (a *ACLEDWriter) Close() error {
	a.w.Flush()
	return a.w.Error()
}

// WriteACLED writes records as an ACLED CSV: what `sitrep extract --format
// acled` prints.
func WriteACLED(w io.Writer, recs []sitrep.Record, opts Options) error {
	a, err := NewACLED(w, opts)
	if err != nil {
		return err
	}
	for i := range recs {
		if err := a.WriteRecord(&recs[i]); err != nil {
			return err
		}
	}
	return a.Close()
}

// ACLEDRow codes one event report in ACLED's columns.
func ACLEDRow(r *sitrep.EventReport, opts Options) []string {
	ev := &r.Event
	row := make([]string, len(ACLEDColumns))
	set := func(col, v string) {
		for i, c := range ACLEDColumns {
			if c == col {
				row[i] = v
				return
			}
		}
	}
	date := ev.Date
	year := 0
	if t, ok := day(date); ok {
		year = t.Year()
		set("event_date", t.Format("2006-01-02"))
		set("year", strconv.Itoa(year))
	}
	set("time_precision", strconv.Itoa(timePrecision(ev)))
	set("disorder_type", disorderType(ev.Type))
	set("event_type", ev.Type)
	set("sub_event_type", ev.SubType)
	inter := [2]int{}
	for i := 0; i < 2 && i < len(r.Actors); i++ {
		p := r.Actors[i]
		name := p.ACLEDName
		if name == "" {
			name = p.Name
		} else if opts.ActorName != nil && year > 0 {
			name = opts.ActorName(name, p.Country, year)
		}
		inter[i] = interCode(p.Kind, name)
		set(fmt.Sprintf("actor%d", i+1), name)
		set(fmt.Sprintf("inter%d", i+1), strconv.Itoa(inter[i]))
	}
	var assoc []string
	for _, p := range r.Actors[min(2, len(r.Actors)):] {
		assoc = append(assoc, p.Name)
	}
	set("assoc_actor_1", strings.Join(assoc, "; "))
	set("interaction", strconv.Itoa(interaction(inter)))
	if p := ev.Place; ledger.HasPlace(p) {
		country := p.Country
		if opts.CountryName != nil && country != "" {
			if n := opts.CountryName(country); n != "" {
				country = n
			}
		}
		set("country", country)
		set("admin1", p.Admin1)
		set("location", p.Name)
		set("latitude", strconv.FormatFloat(p.Lat, 'f', 4, 64))
		set("longitude", strconv.FormatFloat(p.Lon, 'f', 4, 64))
		set("geo_precision", strconv.Itoa(geoPrecision(p.PrecisionKM)))
	}
	source := r.Outlet
	var claimants []string
	for _, q := range r.Claims {
		if !contains(claimants, q.Source.Name) {
			claimants = append(claimants, q.Source.Name)
		}
	}
	if len(claimants) > 0 {
		source = strings.TrimPrefix(source+"; "+strings.Join(claimants, "; "), "; ")
	}
	set("source", source)
	notes := ev.Text
	if notes == "" {
		notes = r.Title
	}
	set("notes", notes)
	set("fatalities", strconv.FormatInt(fatalities(r), 10))
	return row
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func day(s string) (time.Time, bool) {
	for _, l := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func timePrecision(ev *sitrep.Event) int {
	if ev.TimePrecision > 0 {
		return ev.TimePrecision
	}
	switch {
	case len(ev.Date) == len("2006-01-02") && (ev.DateEnd == "" || ev.DateEnd == ev.Date):
		return 1
	case len(ev.Date) == len("2006-01-02"):
		f, _ := day(ev.Date)
		t, _ := day(ev.DateEnd)
		if t.Sub(f) <= 7*24*time.Hour {
			return 2
		}
	}
	return 3
}

func disorderType(t string) string {
	switch t {
	case sitrep.Battles, sitrep.ExplosionsRemote, sitrep.ViolenceCivilians:
		return "Political violence"
	case sitrep.Protests, sitrep.Riots:
		return "Demonstrations"
	case sitrep.StrategicDevelopmt:
		return "Strategic developments"
	}
	return ""
}

// interCode follows ACLED's actor categories: 1 state forces, 2 rebel
// groups, 3 political militias, 7 civilians, 8 external/other forces.
func interCode(kind, name string) int {
	// Crowds are civilians by kind but have their own ACLED codes.
	switch {
	case strings.HasPrefix(name, "Rioters"):
		return 5
	case strings.HasPrefix(name, "Protesters"):
		return 6
	}
	switch kind {
	case sitrep.KindStateForce, sitrep.KindGovernment:
		return 1
	case sitrep.KindArmedGroup:
		return 2
	case sitrep.KindPolitical:
		return 3
	case sitrep.KindCivilians:
		return 7
	}
	return 8
}

// interaction is ACLED's two-digit code: the smaller inter code first; a
// sole actor's code times ten.
func interaction(i [2]int) int {
	a, b := i[0], i[1]
	switch {
	case a == 0 && b == 0:
		return 0
	case b == 0:
		return a * 10
	case a == 0:
		return b * 10
	case a > b:
		a, b = b, a
	}
	return a*10 + b
}

// geoPrecision follows ACLED: 1 the exact town, 2 near it or part of a
// region, 3 only a larger region is known.
func geoPrecision(km float64) int {
	switch {
	case km <= 10:
		return 1
	case km <= 50:
		return 2
	}
	return 3
}

// fatalities is the event's coded figure, else ACLED's conservative
// reading of the killed figures reported: the lowest claimant's headline
// number.
func fatalities(r *sitrep.EventReport) int64 {
	if r.Event.Fatalities > 0 {
		return int64(r.Event.Fatalities)
	}
	best := map[string]int64{}
	for _, f := range r.Counts {
		if f.Count.Status == sitrep.StatusKilled && f.Count.Min > best[f.Claimant.Key] {
			best[f.Claimant.Key] = f.Count.Min
		}
	}
	low := int64(math.MaxInt64)
	for _, n := range best {
		low = min(low, n)
	}
	if low == math.MaxInt64 {
		return 0
	}
	return low
}
