package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ledger/sqlite"
)

// fakeEngine records what it was given; the pipeline, not extraction, is
// under test here.
type fakeEngine struct{ n atomic.Int64 }

func (f *fakeEngine) Extract(a extract.Article) sitrep.Record {
	f.n.Add(1)
	pub := a.Published.Format("2006-01-02")
	if a.Published.IsZero() {
		pub = "2024-01-01"
	}
	title := a.Title
	if title == "" {
		title, _, _ = strings.Cut(a.Text, "\n")
	}
	return sitrep.Record{ID: a.ID, Title: title, Published: pub, URL: a.URL, Outlet: a.Outlet, Engine: "fake"}
}

func newIngester(t *testing.T, allowPrivate bool) (*Ingester, *fakeEngine) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "l.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	eng := &fakeEngine{}
	return &Ingester{
		Store: st, Engine: eng, Log: slog.New(slog.DiscardHandler),
		Expander: &Expander{Fetcher: NewFetcher(FetcherOptions{AllowPrivate: allowPrivate, Timeout: 5 * time.Second, MaxBytes: 1 << 20})},
	}, eng
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFolderAndJSONL(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a1.txt", "Clashes in the north\n\nFighting broke out on Monday.")
	write(t, dir, "sub/a2.txt", "Second article\r\n\r\nShelling hit a market.  \r\n")
	write(t, dir, "a1.json", `{"id":"a1","events":[]}`) // gold: not an article
	write(t, dir, "p.html", `<!doctype html><html><head><title>Page title</title></head><body><article><h1>Page title</h1>`+
		strings.Repeat("<p>Armed men attacked the village of Kadda at dawn, residents said, and burned dozens of homes before withdrawing.</p>", 5)+`</article></body></html>`)
	write(t, dir, "feed.jsonl", `{"id":"j1","url":"https://example.org/j1","title":"J one","outlet":"Wire","published":"2024-05-13","text":"Body one."}
{"id":"j2","published":"2024-05-13T10:00:00Z","html":"<html><body><article>`+strings.Repeat("<p>Security forces fired on protesters in the capital, killing two people, witnesses said on Tuesday.</p>", 4)+`</article></body></html>"}
not json
{"id":"j3","text":""}

{"id":"j4","published":"May","text":"x"}
`)
	in, eng := newIngester(t, false)
	sum, err := in.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 5 || sum.Errors != 3 {
		t.Fatalf("summary %+v, want 5 new (a1, a2, p, j1, j2) and 3 errors", sum)
	}
	st := in.Store
	d, err := st.Article(context.Background(), "j1")
	if err != nil || d.Article.URL != "https://example.org/j1" || d.Article.Outlet != "Wire" || d.Article.Published != "2024-05-13" {
		t.Fatalf("j1 = %+v %v", d.Article, err)
	}
	d, err = st.Article(context.Background(), "a2")
	if err != nil || strings.Contains(d.Article.Text, "\r") || strings.HasSuffix(d.Article.Text, " ") {
		t.Fatalf("a2 text not normalised: %q %v", d.Article.Text, err)
	}
	d, err = st.Article(context.Background(), "p")
	if err != nil || !strings.Contains(d.Article.Text, "Kadda") || strings.Contains(d.Article.Text, "<p>") {
		t.Fatalf("html page text %q %v", d.Article.Text, err)
	}
	// Again: nothing new, and the engine is not even run.
	before := eng.n.Load()
	sum, err = in.Run(context.Background(), []string{dir})
	if err != nil || sum.New != 0 || sum.Duplicates != 5 {
		t.Fatalf("second run %+v %v", sum, err)
	}
	if eng.n.Load() != before {
		t.Errorf("engine ran %d times on stored articles", eng.n.Load()-before)
	}
	// A changed file is a new version.
	write(t, dir, "a1.txt", "Clashes in the north\n\nFighting broke out on Monday. Two were killed.")
	sum, err = in.Run(context.Background(), []string{filepath.Join(dir, "a1.txt")})
	if err != nil || sum.Versions != 1 {
		t.Fatalf("changed file %+v %v", sum, err)
	}
}

func TestMissingSource(t *testing.T) {
	in, _ := newIngester(t, false)
	sum, err := in.Run(context.Background(), []string{filepath.Join(t.TempDir(), "nope")})
	if err != nil || sum.Errors != 1 {
		t.Fatalf("missing source: %+v %v; want it counted, not fatal", sum, err)
	}
}

// fullFeeds counts feed responses that were not 304 Not Modified.
var fullFeeds atomic.Int64

const page = `<!doctype html><html><head><title>%s</title><meta property="og:site_name" content="Daily Wire"></head>
<body><nav>Home | World</nav><article><h1>%s</h1>%s</article><footer>Copyright</footer></body></html>`

func articleHTML(title string) string {
	return fmt.Sprintf(page, title, title, strings.Repeat("<p>Gunmen attacked a convoy near the town on Sunday, killing four soldiers, the army said in a statement.</p>", 5))
}

func feedServer(t *testing.T, hits *atomic.Int64) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fullFeeds.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>First</title><link>%[1]s/a/1</link><guid>1</guid><pubDate>Mon, 13 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Second</title><link>%[1]s/a/2</link><guid>2</guid></item>
<item><title>Broken</title><link>%[1]s/a/404</link><guid>3</guid></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("GET /a/{n}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("n") == "404" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML("Article "+r.PathValue("n")))
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2<<20)))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestPageAndFeed(t *testing.T) {
	var hits atomic.Int64
	srv := feedServer(t, &hits)
	in, _ := newIngester(t, true)
	sum, err := in.Run(context.Background(), []string{srv.URL + "/a/7", srv.URL + "/feed.xml", srv.URL + "/big"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Errors != 2 {
		t.Fatalf("summary %+v, want 3 new (page, two entries) and 2 errors (404, too big)", sum)
	}
	arts, _, err := in.Store.Articles(context.Background(), sitrep.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]sitrep.Article{}
	for _, a := range arts {
		byTitle[a.Title] = a
	}
	first, ok := byTitle["First"]
	if !ok || first.Outlet != "Test Wire" || first.Published != "2024-05-13" || first.URL != srv.URL+"/a/1" {
		t.Errorf("feed entry stored as %+v", first)
	}
	if p := byTitle["Article 7"]; p.Outlet != "Daily Wire" {
		t.Errorf("page stored as %+v", p)
	}
	d, err := in.Store.Article(context.Background(), first.ID)
	if err != nil || strings.Contains(d.Article.Text, "Copyright") || !strings.Contains(d.Article.Text, "convoy") {
		t.Errorf("readability text %q %v", d.Article.Text, err)
	}
}

func TestRefusesPrivate(t *testing.T) {
	var hits atomic.Int64
	srv := feedServer(t, &hits)
	f := NewFetcher(FetcherOptions{})
	if _, err := f.Get(context.Background(), srv.URL+"/a/1", "", ""); !errors.Is(err, ErrPrivate) {
		t.Fatalf("loopback fetch: %v, want ErrPrivate", err)
	}
	for _, u := range []string{"file:///etc/passwd", "ftp://x/y", "http://"} {
		if _, err := f.Get(context.Background(), u, "", ""); err == nil {
			t.Errorf("%s fetched", u)
		}
	}
	in, _ := newIngester(t, false)
	sum, err := in.Run(context.Background(), []string{srv.URL + "/feed.xml"})
	if err != nil || sum.Errors != 1 || sum.New != 0 {
		t.Fatalf("private feed without --allow-private: %+v %v", sum, err)
	}
	if hits.Load() != 0 {
		t.Error("the server was reached")
	}
}

func TestFollowConditional(t *testing.T) {
	var hits atomic.Int64
	srv := feedServer(t, &hits)
	in, _ := newIngester(t, true)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tasks := make(chan Task)
	var errs atomic.Int64
	fullFeeds.Store(0)
	f := &Follow{Expander: in.Expander, Interval: 50 * time.Millisecond, OnError: func(string, error) { errs.Add(1) }}
	go func() {
		defer close(tasks)
		f.Run(ctx, []string{srv.URL + "/feed.xml", srv.URL + "/missing.xml"}, func(t Task) error {
			select {
			case tasks <- t:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	go func() {
		for hits.Load() < 4 {
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
	}()
	sum, _ := in.RunTasks(context.Background(), tasks, &Stats{})
	if n := fullFeeds.Load(); n != 1 {
		t.Errorf("feed sent in full %d times over %d polls, want once (ETag honoured)", n, hits.Load())
	}
	if sum.New != 2 {
		t.Errorf("followed feed stored %d new articles, want 2: %+v", sum.New, sum)
	}
	if errs.Load() == 0 {
		t.Error("a missing feed raised no error")
	}
}
