// Package web serves the ledger to people and programs: server-rendered
// pages (overview map and timeline, incident, article, actor, search, add)
// and a JSON API under /api/v1. Templates, styles and the basemap are
// embedded, so the server works offline and pages work without JavaScript.
package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"sitrep"
)

// Options configures a Server.
type Options struct {
	// Token, when set, is required (as a bearer token or the form's token
	// field) for every write; when empty, writes are accepted only from
	// loopback.
	Token string
	// Ingest stores submitted articles; nil makes the server read-only.
	Ingest Ingester
	Log    *slog.Logger
	// MaxBody bounds a request body (default 4 MiB); Timeout bounds one
	// request's work (default 20 s; ingesting a URL may take most of it).
	MaxBody int64
	Timeout time.Duration
	// CacheTTL is how long API answers are reused (default 1 s); a
	// negative value turns the cache off.
	CacheTTL time.Duration
}

// Server is the web UI and JSON API over one Store.
type Server struct {
	store sitrep.Store
	opts  Options
	log   *slog.Logger
	pages *pages
	base  *basemap
	cache *respCache
	h     http.Handler
}

// Log keys.
const (
	keyErr    = "err"
	keyPath   = "path"
	keyMethod = "method"
	keyAddr   = "addr"
)

// New checks the embedded templates and basemap and builds the handler.
func New(st sitrep.Store, o Options) (*Server, error) {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 4 << 20
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	p, err := parsePages()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if !json.Valid(openapiDoc) {
		return nil, errors.New("web: embedded openapi.json is not valid JSON")
	}
	b, err := loadBasemap()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s := &Server{store: st, opts: o, log: o.Log, pages: p, base: b}
	switch {
	case o.CacheTTL == 0:
		s.cache = newRespCache(time.Second, 1024)
	case o.CacheTTL > 0:
		s.cache = newRespCache(o.CacheTTL, 1024)
	}
	s.h = s.middleware(s.routes())
	return s, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

// Serve listens on addr and serves until ctx ends, then shuts down
// gracefully. ready, when not nil, is called with the base URL once the
// listener is open.
func Serve(ctx context.Context, st sitrep.Store, addr string, o Options, ready func(url string)) error {
	s, err := New(st, o)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	if ready != nil {
		ready("http://" + ln.Addr().String())
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.opts.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
	}()
	err := hs.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		<-done
		return nil
	}
	return fmt.Errorf("serve: %w", err)
}
