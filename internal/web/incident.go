package web

import (
	"net/http"
	"sort"

	"sitrep"
)

type incidentData struct {
	sitrep.IncidentDetail
	Grid     figureGrid
	ByOutlet []outletReports
}

// figureGrid puts every claimant's figures side by side: one row per
// status (killed, injured, …), one column per claimant.
type figureGrid struct {
	Claimants []sitrep.Party
	Rows      []figureRow
}

type figureRow struct {
	Status string
	Cells  []figureCell
}

type figureCell struct {
	Text    string
	Reports []string
	Quotes  []string
}

type outletReports struct {
	Outlet  string
	Reports []sitrep.EventReport
}

func buildGrid(d sitrep.IncidentDetail) figureGrid {
	var g figureGrid
	col := map[string]int{}
	add := func(p sitrep.Party) {
		k := p.Key + "\x00" + p.Name
		if _, ok := col[k]; !ok {
			col[k] = len(g.Claimants)
			g.Claimants = append(g.Claimants, p)
		}
	}
	for _, c := range d.Claimants {
		if len(c.Ranges) > 0 {
			add(c.Claimant)
		}
	}
	for _, r := range d.Ranges {
		add(r.Claimant)
	}
	row := map[string]int{}
	for _, r := range d.Ranges {
		i, ok := row[r.Status]
		if !ok {
			i = len(g.Rows)
			row[r.Status] = i
			g.Rows = append(g.Rows, figureRow{Status: r.Status, Cells: make([]figureCell, len(g.Claimants))})
		}
		c := &g.Rows[i].Cells[col[r.Claimant.Key+"\x00"+r.Claimant.Name]]
		c.Text = rangeText(r)
		c.Reports = r.Reports
		c.Quotes = r.Texts
	}
	order := map[string]int{sitrep.StatusKilled: 0, sitrep.StatusInjured: 1, sitrep.StatusCasualties: 2,
		sitrep.StatusDisplaced: 3, sitrep.StatusCaptured: 4, sitrep.StatusMissing: 5}
	sort.SliceStable(g.Rows, func(a, b int) bool {
		oa, ok := order[g.Rows[a].Status]
		if !ok {
			oa = 9
		}
		ob, ok := order[g.Rows[b].Status]
		if !ok {
			ob = 9
		}
		return oa < ob
	})
	return g
}

func groupByOutlet(reps []sitrep.EventReport) []outletReports {
	var out []outletReports
	at := map[string]int{}
	for _, r := range reps {
		o := r.Outlet
		if o == "" {
			o = "Outlet unknown: article " + r.ArticleID
		}
		i, ok := at[o]
		if !ok {
			i = len(out)
			at[o] = i
			out = append(out, outletReports{Outlet: o})
		}
		out[i].Reports = append(out[i].Reports, r)
	}
	return out
}

func (s *Server) handleIncident(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Incident(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data := incidentData{IncidentDetail: d, Grid: buildGrid(d), ByOutlet: groupByOutlet(d.EventReports)}
	title := d.Type
	if d.Place != "" {
		title += " in " + d.Place
	}
	s.render(w, r, http.StatusOK, "incident", pageData{Title: title + ", " + d.Date, Data: data})
}
