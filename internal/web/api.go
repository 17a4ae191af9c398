package web

import (
	"net/http"

	"sitrep"
)

// list is the envelope of every listing: a page of items and the cursor
// of the next page, empty on the last.
type list[T any] struct {
	Data []T    `json:"data"`
	Next string `json:"next,omitempty"`
}

// listHandler serves one filtered, paged listing of the store.
func listHandler[T any](s *Server, query func(*Server, *http.Request, sitrep.Filter) ([]T, string, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f, err := parseFilter(r.URL.Query())
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		items, next, err := query(s, r, f)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		if items == nil {
			items = []T{}
		}
		writeJSON(w, http.StatusOK, list[T]{Data: items, Next: next})
	}
}
