package web

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// respCache is a short-lived cache of API answers with request
// coalescing: identical GETs in flight at once run the query once, and for
// TTL after that they are answered from memory. The ledger only changes on
// ingest, so a second of staleness costs nothing, and a crowd of clients
// polling the same listing costs one query a second. Writes through this
// server clear it.
type respCache struct {
	ttl time.Duration
	max int

	mu      sync.Mutex
	entries map[string]*cached
	flights map[string]*flight
}

type cached struct {
	status int
	ctype  string
	body   []byte
	at     time.Time
}

type flight struct {
	done chan struct{}
	res  *cached
}

func newRespCache(ttl time.Duration, max int) *respCache {
	return &respCache{ttl: ttl, max: max, entries: map[string]*cached{}, flights: map[string]*flight{}}
}

// clear drops every entry, after a write.
func (c *respCache) clear() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.entries = map[string]*cached{}
	c.mu.Unlock()
}

// wrap serves GETs of h through the cache; only 200s are kept.
func (c *respCache) wrap(h http.HandlerFunc) http.HandlerFunc {
	if c == nil {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			h(w, r)
			return
		}
		key := r.URL.Path + "?" + r.URL.RawQuery
		now := time.Now()
		c.mu.Lock()
		e, ok := c.entries[key]
		if ok && now.Sub(e.at) < c.ttl {
			c.mu.Unlock()
			e.write(w)
			return
		}
		f, inFlight := c.flights[key]
		// While one request refreshes an expired answer, the others get
		// the previous one rather than queueing behind the query; the
		// refresh is bounded by the request timeout.
		if ok && inFlight {
			c.mu.Unlock()
			e.write(w)
			return
		}
		if inFlight {
			c.mu.Unlock()
			select {
			case <-f.done:
				if f.res != nil {
					f.res.write(w)
					return
				}
			case <-r.Context().Done():
				return
			}
			h(w, r)
			return
		}
		f = &flight{done: make(chan struct{})}
		c.flights[key] = f
		c.mu.Unlock()

		rec := &recorder{header: http.Header{}, status: http.StatusOK}
		defer func() {
			c.mu.Lock()
			delete(c.flights, key)
			if f.res != nil {
				if len(c.entries) >= c.max {
					c.entries = map[string]*cached{}
				}
				c.entries[key] = f.res
			}
			c.mu.Unlock()
			close(f.done)
		}()
		h(rec, r)
		res := &cached{status: rec.status, ctype: rec.header.Get("Content-Type"), body: rec.buf.Bytes(), at: time.Now()}
		if rec.status == http.StatusOK {
			f.res = res
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.WriteHeader(res.status)
		w.Write(res.body)
	}
}

func (e *cached) write(w http.ResponseWriter) {
	w.Header().Set("Content-Type", e.ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(e.status)
	w.Write(e.body)
}

// recorder buffers a handler's answer.
type recorder struct {
	header http.Header
	status int
	buf    bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(s int)           { r.status = s }
func (r *recorder) Write(b []byte) (int, error) { return r.buf.Write(b) }
