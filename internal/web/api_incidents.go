package web

import (
	"net/http"

	"sitrep"
)

func (s *Server) apiIncidents(w http.ResponseWriter, r *http.Request) {
	listHandler(s, func(s *Server, r *http.Request, f sitrep.Filter) ([]sitrep.IncidentSummary, string, error) {
		return s.store.Incidents(r.Context(), f)
	})(w, r)
}

func (s *Server) apiIncident(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Incident(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}
