package web

import (
	"io/fs"
	"net/http"
)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))

	mux.HandleFunc("GET /{$}", s.handleOverview)
	mux.HandleFunc("GET /incidents/{id}", s.handleIncident)
	mux.HandleFunc("GET /articles/{id}", s.handleArticle)
	mux.HandleFunc("GET /actors/{key}", s.handleActor)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /add", s.handleAddForm)
	mux.HandleFunc("POST /add", s.handleAddSubmit)

	mux.HandleFunc("GET /api/v1/openapi.json", s.handleOpenAPI)
	mux.HandleFunc("GET /api/v1/incidents", s.cache.wrap(s.apiIncidents))
	mux.HandleFunc("GET /api/v1/incidents/{id}", s.cache.wrap(s.apiIncident))
	mux.HandleFunc("GET /api/v1/events", s.cache.wrap(s.apiEvents))
	mux.HandleFunc("GET /api/v1/claims", s.cache.wrap(s.apiClaims))
	mux.HandleFunc("GET /api/v1/articles", s.cache.wrap(s.apiArticles))
	mux.HandleFunc("GET /api/v1/articles/{id}", s.cache.wrap(s.apiArticle))
	mux.HandleFunc("POST /api/v1/articles", s.apiIngest)
	mux.HandleFunc("GET /api/v1/actors", s.cache.wrap(s.apiActors))
	mux.HandleFunc("GET /api/v1/actors/{key}", s.cache.wrap(s.apiActor))
	mux.HandleFunc("GET /api/v1/search", s.cache.wrap(s.apiSearch))
	mux.HandleFunc("GET /api/v1/stats", s.cache.wrap(s.apiStats))
	mux.HandleFunc("/api/", s.apiNotFound)
	mux.HandleFunc("/", s.pageNotFound)
	return mux
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	s.apiError(w, r, errorf(codeNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path))
}

func (s *Server) pageNotFound(w http.ResponseWriter, r *http.Request) {
	s.pageError(w, r, errorf(codeNotFound, "There is no page at this address."))
}
