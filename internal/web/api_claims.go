package web

import (
	"net/http"

	"sitrep"
)

func (s *Server) apiClaims(w http.ResponseWriter, r *http.Request) {
	listHandler(s, func(s *Server, r *http.Request, f sitrep.Filter) ([]sitrep.Quote, string, error) {
		return s.store.Claims(r.Context(), f)
	})(w, r)
}
