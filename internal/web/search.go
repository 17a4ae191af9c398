package web

import (
	"net/http"

	"sitrep"
)

type searchData struct {
	Filters filterForm
	Hits    []sitrep.SearchHit
	Asked   bool
	Next    string
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d := searchData{Filters: newFilterForm("/search", f, nil)}
	d.Filters.Search = true
	if f.Query != "" {
		d.Asked = true
		var next string
		d.Hits, next, err = s.store.Search(r.Context(), f)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if next != "" {
			q := filterValues(f)
			q.Set("cursor", next)
			d.Next = "/search?" + q.Encode()
		}
	}
	title := "Search"
	if f.Query != "" {
		title = "Search: " + f.Query
	}
	s.render(w, r, http.StatusOK, "search", pageData{Title: title, Nav: "search", Data: d})
}
