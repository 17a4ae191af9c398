package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"sitrep"
)

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	listHandler(s, func(s *Server, r *http.Request, f sitrep.Filter) ([]sitrep.Article, string, error) {
		return s.store.Articles(r.Context(), f)
	})(w, r)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// apiIngest stores one article: JSON {title, text, url, outlet,
// published}, text or url required.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if err := s.authorizeWrite(r, ""); err != nil {
		s.apiError(w, r, err)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		s.apiError(w, r, errorf(codeInvalid, "send the article as application/json"))
		return
	}
	var sub Submission
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sub); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.apiError(w, r, err)
			return
		}
		s.apiError(w, r, errorf(codeInvalid, "body: want a JSON object with text or url"))
		return
	}
	res, err := s.ingest(r, sub)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	status := http.StatusCreated
	if res.Status == sitrep.PutDuplicate {
		status = http.StatusOK
	}
	w.Header().Set("Location", "/api/v1/articles/"+pathSeg(res.ArticleID))
	writeJSON(w, status, res)
}
