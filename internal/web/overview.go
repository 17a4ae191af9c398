package web

import (
	"net/http"
	"sort"

	"sitrep"
)

// mapCap bounds how many incidents the map and timeline draw: the most
// recent that match.
const mapCap = 1000

// filterForm is the filter bar's state.
type filterForm struct {
	Action    string
	Search    bool
	F         sitrep.Filter
	Sources   string
	Types     []string
	Statuses  []string
	Countries []string
	Actors    []string
}

func newFilterForm(action string, f sitrep.Filter, incs []sitrep.IncidentSummary) filterForm {
	ff := filterForm{Action: action, F: f, Types: eventTypes, Statuses: statuses}
	switch {
	case f.Party:
		ff.Sources = "party"
	case f.Independent:
		ff.Sources = "independent"
	}
	cs, as := map[string]bool{}, map[string]bool{}
	for _, in := range incs {
		if in.Country != "" {
			cs[in.Country] = true
		}
		for _, a := range in.Actors {
			as[a] = true
		}
	}
	ff.Countries, ff.Actors = sortedKeys(cs), sortedKeys(as)
	return ff
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type overviewData struct {
	Filters   filterForm
	Total     int
	Capped    bool
	Map       mapView
	Timeline  timelineView
	Legend    []string
	Incidents []sitrep.IncidentSummary
	Next      string
}

func (s *Server) handleOverview(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ctx := r.Context()
	all := f
	all.Page = sitrep.Page{Limit: mapCap}
	incs, more, err := s.store.Incidents(ctx, all)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d := overviewData{
		Filters:  newFilterForm("/", f, incs),
		Total:    len(incs),
		Capped:   more != "",
		Map:      s.base.buildMap(incs),
		Timeline: buildTimeline(incs),
		Legend:   eventTypes,
	}
	if f.Cursor == "" && len(incs) <= f.Limit {
		d.Incidents = incs
	} else {
		var next string
		d.Incidents, next, err = s.store.Incidents(ctx, f)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if next != "" {
			q := filterValues(f)
			q.Set("cursor", next)
			d.Next = "/?" + q.Encode()
		}
	}
	if d.Incidents == nil {
		d.Incidents = []sitrep.IncidentSummary{}
	}
	s.render(w, r, http.StatusOK, "overview", pageData{Title: "Incidents", Nav: "overview", Data: d})
}
