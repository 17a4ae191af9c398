package web

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"sitrep"
)

// Page sizes the web layer asks for.
const (
	defaultLimit = 50
	maxLimit     = 1000
)

// parseFilter reads the shared filter set from a query string: since,
// until, country, actor, type, status, source, sources (party or
// independent), near (LAT,LON,KM), q, limit and cursor. The same names
// serve pages and the API, so a page's URL is its API query too.
func parseFilter(q url.Values) (sitrep.Filter, error) {
	f := sitrep.Filter{
		Since:   strings.TrimSpace(q.Get("since")),
		Until:   strings.TrimSpace(q.Get("until")),
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))),
		Actor:   strings.TrimSpace(q.Get("actor")),
		Type:    strings.TrimSpace(q.Get("type")),
		Status:  strings.TrimSpace(q.Get("status")),
		Source:  strings.TrimSpace(q.Get("source")),
		Query:   strings.TrimSpace(q.Get("q")),
		Page:    sitrep.Page{Limit: defaultLimit, Cursor: q.Get("cursor")},
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d.v); err != nil {
			return f, errorf(codeInvalid, d.name+": want a date as YYYY-MM-DD")
		}
	}
	if f.Since != "" && f.Until != "" && f.Until < f.Since {
		return f, errorf(codeInvalid, "until is before since")
	}
	if f.Type != "" && !validType(f.Type) {
		return f, errorf(codeInvalid, "type: want an ACLED event type")
	}
	if f.Status != "" && !validStatus(f.Status) {
		return f, errorf(codeInvalid, "status: want single_source, corroborated, parties_only or disputed")
	}
	if len(f.Country) > 3 {
		return f, errorf(codeInvalid, "country: want an ISO 3166-1 code")
	}
	switch q.Get("sources") {
	case "", "all":
	case "party":
		f.Party = true
	case "independent":
		f.Independent = true
	default:
		return f, errorf(codeInvalid, "sources: want party or independent")
	}
	if v := q.Get("near"); v != "" {
		parts := strings.Split(v, ",")
		var n [3]float64
		ok := len(parts) == 3
		for i := 0; ok && i < 3; i++ {
			x, err := strconv.ParseFloat(strings.TrimSpace(parts[i]), 64)
			ok = err == nil
			n[i] = x
		}
		if !ok || n[0] < -90 || n[0] > 90 || n[1] < -180 || n[1] > 180 || n[2] <= 0 || n[2] > 20000 {
			return f, errorf(codeInvalid, "near: want LAT,LON,KM")
		}
		f.Near = &sitrep.Near{Lat: n[0], Lon: n[1], KM: n[2]}
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return f, errorf(codeInvalid, "limit: want 1 to "+strconv.Itoa(maxLimit))
		}
		f.Limit = n
	}
	for _, s := range []string{f.Actor, f.Source, f.Query} {
		if len(s) > 200 {
			return f, errorf(codeInvalid, "a filter value is too long")
		}
	}
	return f, nil
}

// filterValues is the inverse of parseFilter, without paging, for links
// that keep the filters.
func filterValues(f sitrep.Filter) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("since", f.Since)
	set("until", f.Until)
	set("country", f.Country)
	set("actor", f.Actor)
	set("type", f.Type)
	set("status", f.Status)
	set("source", f.Source)
	set("q", f.Query)
	if f.Party {
		v.Set("sources", "party")
	}
	if f.Independent {
		v.Set("sources", "independent")
	}
	if n := f.Near; n != nil {
		v.Set("near", strconv.FormatFloat(n.Lat, 'f', -1, 64)+","+strconv.FormatFloat(n.Lon, 'f', -1, 64)+","+strconv.FormatFloat(n.KM, 'f', -1, 64))
	}
	return v
}

// eventTypes are ACLED's event types, in the order legends list them.
var eventTypes = []string{
	sitrep.Battles, sitrep.ExplosionsRemote, sitrep.ViolenceCivilians,
	sitrep.Protests, sitrep.Riots, sitrep.StrategicDevelopmt,
}

func validType(t string) bool {
	for _, x := range eventTypes {
		if x == t {
			return true
		}
	}
	return false
}

var statuses = []string{sitrep.IncidentSingleSource, sitrep.IncidentCorroborated, sitrep.IncidentPartiesOnly, sitrep.IncidentDisputed}

func validStatus(s string) bool {
	for _, x := range statuses {
		if x == s {
			return true
		}
	}
	return false
}

// statusLabel is how a person reads an incident status.
func statusLabel(s string) string {
	switch s {
	case sitrep.IncidentSingleSource:
		return "Single source"
	case sitrep.IncidentCorroborated:
		return "Corroborated"
	case sitrep.IncidentPartiesOnly:
		return "Parties only"
	case sitrep.IncidentDisputed:
		return "Disputed"
	}
	return s
}
