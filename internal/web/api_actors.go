package web

import "net/http"

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Actor(r.Context(), r.PathValue("key"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}
