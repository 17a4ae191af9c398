package web

import (
	"net/http"

	"sitrep"
)

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	listHandler(s, func(s *Server, r *http.Request, f sitrep.Filter) ([]sitrep.EventReport, string, error) {
		return s.store.Events(r.Context(), f)
	})(w, r)
}
