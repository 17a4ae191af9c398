package web

import (
	"errors"
	"net/http"
	"strings"

	"sitrep"
)

type addData struct {
	NeedToken bool
	ReadOnly  bool
	Form      Submission
	Err       *Error
}

func (s *Server) handleAddForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "add", pageData{Title: "Add an article", Nav: "add",
		Data: addData{NeedToken: s.opts.Token != "", ReadOnly: s.opts.Ingest == nil}})
}

func (s *Server) handleAddSubmit(w http.ResponseWriter, r *http.Request) {
	d := addData{NeedToken: s.opts.Token != "", ReadOnly: s.opts.Ingest == nil}
	fail := func(err error) {
		e := classify(err)
		s.logErr(r, err, e)
		d.Err = e
		s.render(w, r, statusOf(e.Code), "add", pageData{Title: "Add an article", Nav: "add", Data: d})
	}
	if err := r.ParseForm(); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			fail(err)
			return
		}
		fail(errorf(codeInvalid, "the form could not be read"))
		return
	}
	d.Form = Submission{
		Title:     strings.TrimSpace(r.PostForm.Get("title")),
		Text:      r.PostForm.Get("text"),
		URL:       strings.TrimSpace(r.PostForm.Get("url")),
		Outlet:    strings.TrimSpace(r.PostForm.Get("outlet")),
		Published: strings.TrimSpace(r.PostForm.Get("published")),
	}
	if err := s.authorizeWrite(r, r.PostForm.Get("token")); err != nil {
		fail(err)
		return
	}
	res, err := s.ingest(r, d.Form)
	if err != nil {
		fail(err)
		return
	}
	http.Redirect(w, r, "/articles/"+pathSeg(res.ArticleID)+"?added="+res.Status, http.StatusSeeOther)
}

// ingest checks a submission and hands it to the Ingester.
func (s *Server) ingest(r *http.Request, sub Submission) (sitrep.PutResult, error) {
	if s.opts.Ingest == nil {
		return sitrep.PutResult{}, errorf(codeUnavailable, "this server is read-only")
	}
	if err := sub.validate(); err != nil {
		return sitrep.PutResult{}, err
	}
	res, err := s.opts.Ingest.Ingest(r.Context(), sub)
	if err == nil {
		s.cache.clear()
	}
	return res, err
}
