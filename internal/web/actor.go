package web

import (
	"net/http"

	"sitrep"
)

type actorData struct {
	sitrep.ActorDetail
	Chart    lineChart
	Statuses []string
}

// chartStatuses are the statuses an actor page can chart, in the order
// offered.
var chartStatuses = []string{sitrep.StatusKilled, sitrep.StatusInjured, sitrep.StatusCasualties,
	sitrep.StatusDisplaced, sitrep.StatusCaptured, sitrep.StatusMissing}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Actor(r.Context(), r.PathValue("key"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	present := map[string]bool{}
	for _, p := range d.Casualties {
		present[p.Status] = true
	}
	var sts []string
	for _, st := range chartStatuses {
		if present[st] {
			sts = append(sts, st)
		}
	}
	status := r.URL.Query().Get("status")
	if !present[status] {
		status = sitrep.StatusKilled
		if !present[status] && len(sts) > 0 {
			status = sts[0]
		}
	}
	data := actorData{ActorDetail: d, Chart: buildChart(d.Casualties, status), Statuses: sts}
	s.render(w, r, http.StatusOK, "actor", pageData{Title: d.Actor.Name, Data: data})
}
