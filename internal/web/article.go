package web

import (
	"net/http"
	"strings"

	"sitrep"
)

type articleData struct {
	sitrep.ArticleDetail
	Segments []segment
	Names    map[string]string
	Legend   []string
	// Added says what the Add page just did, after its redirect here.
	Added string
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names := map[string]string{}
	for _, e := range d.Record.Entities {
		names[e.ID] = e.Name
	}
	data := articleData{ArticleDetail: d, Segments: highlight(d.Article.Text, d.Record), Names: names,
		Legend: []string{"entity", "place", "time", "count", "claim"}}
	switch a := r.URL.Query().Get("added"); a {
	case sitrep.PutNew:
		data.Added = "Added as a new article."
	case sitrep.PutVersion:
		data.Added = "Added as a new version of an article already stored."
	case sitrep.PutDuplicate:
		data.Added = "This article was already stored; nothing changed."
	}
	title := strings.TrimSpace(d.Article.Title)
	if title == "" {
		title = d.Article.ID
	}
	s.render(w, r, http.StatusOK, "article", pageData{Title: title, Data: data})
}
