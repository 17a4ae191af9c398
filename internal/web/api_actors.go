package web

import (
	"net/http"

	"sitrep"
)

// apiActors lists actors when the store can (sitrep.ActorLister).
func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	al, ok := s.store.(sitrep.ActorLister)
	if !ok {
		s.apiError(w, r, errorf(codeUnavailable, "this ledger cannot list actors; ask for one by key at /api/v1/actors/{key}"))
		return
	}
	listHandler(s, func(s *Server, r *http.Request, f sitrep.Filter) ([]sitrep.Party, string, error) {
		return al.Actors(r.Context(), f)
	})(w, r)
}

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Actor(r.Context(), r.PathValue("key"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}
