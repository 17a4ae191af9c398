package web

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRespCache(t *testing.T) {
	var calls atomic.Int32
	release := make(chan struct{})
	h := func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		<-release
		if r.URL.Query().Get("fail") != "" {
			writeJSON(w, 400, errorf(codeInvalid, "no"))
			return
		}
		writeJSON(w, 200, map[string]string{"q": r.URL.RawQuery})
	}
	c := newRespCache(time.Hour, 10)
	wrapped := c.wrap(h)
	do := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		wrapped(w, httptest.NewRequest("GET", path, nil))
		return w
	}
	// Ten identical requests at once run the handler once.
	var wg sync.WaitGroup
	bodies := make([]string, 10)
	for i := range bodies {
		wg.Add(1)
		go func() { defer wg.Done(); bodies[i] = do("/x?a=1").Body.String() }()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("handler ran %d times for 10 identical requests", n)
	}
	for _, b := range bodies {
		if b != bodies[0] || b == "" {
			t.Fatalf("answers differ: %q vs %q", b, bodies[0])
		}
	}
	do("/x?a=1")
	if n := calls.Load(); n != 1 {
		t.Errorf("cached answer not reused: %d calls", n)
	}
	// Errors are not kept; a write clears the rest.
	do("/x?fail=1")
	do("/x?fail=1")
	if n := calls.Load(); n != 3 {
		t.Errorf("errors cached: %d calls", n)
	}
	c.clear()
	do("/x?a=1")
	if n := calls.Load(); n != 4 {
		t.Errorf("clear kept the answer: %d calls", n)
	}
}
