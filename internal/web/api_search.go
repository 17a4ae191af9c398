package web

import (
	"net/http"

	"sitrep"
)

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	listHandler(s, func(s *Server, r *http.Request, f sitrep.Filter) ([]sitrep.SearchHit, string, error) {
		if f.Query == "" {
			return nil, "", errorf(codeInvalid, "q: give words to search for")
		}
		return s.store.Search(r.Context(), f)
	})(w, r)
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.store.Stats(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}
