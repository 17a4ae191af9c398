package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ingest"
	"sitrep/internal/ledger/sqlite"
)

// devCorpus is the bundled sample corpus.
const devCorpus = "../../testdata/dev"

// devLedger is built once per test binary: the dev corpus ingested into a
// real SQLite ledger, as `sitrep demo` does.
var devLedger struct {
	once   sync.Once
	store  sitrep.Store
	engine *extract.Engine
	err    error
}

func devStore(t testing.TB) (sitrep.Store, *extract.Engine) {
	t.Helper()
	devLedger.once.Do(func() {
		devLedger.store, devLedger.engine, devLedger.err = buildDevLedger()
	})
	if devLedger.err != nil {
		t.Fatalf("build dev ledger: %v", devLedger.err)
	}
	return devLedger.store, devLedger.engine
}

func buildDevLedger() (sitrep.Store, *extract.Engine, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "sitrep-web-test-")
	if err != nil {
		return nil, nil, err
	}
	st, err := sqlite.Open(ctx, filepath.Join(dir, "sitrep.db"), slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, nil, err
	}
	eng, err := extract.New(extract.Options{})
	if err != nil {
		return nil, nil, err
	}
	src, err := corpusJSONL(dir)
	if err != nil {
		return nil, nil, err
	}
	in := &ingest.Ingester{Store: st, Engine: eng, Expander: &ingest.Expander{}, Log: slog.New(slog.DiscardHandler)}
	if _, err := in.Run(ctx, []string{src}); err != nil {
		return nil, nil, err
	}
	return st, eng, nil
}

// corpusJSONL writes the corpus's articles with their publication dates
// (kept beside each article) as one JSON Lines source.
func corpusJSONL(dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(devCorpus, "*.txt"))
	if err != nil || len(files) == 0 {
		return "", err
	}
	path := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return "", err
		}
		a := ingest.JSONArticle{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: string(b)}
		if meta, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".json"); err == nil {
			var m struct {
				Published string `json:"published"`
			}
			if json.Unmarshal(meta, &m) == nil {
				a.Published = m.Published
			}
		}
		if err := enc.Encode(a); err != nil {
			return "", err
		}
	}
	return path, f.Close()
}

func newTestServer(t testing.TB, o Options) *Server {
	t.Helper()
	st, eng := devStore(t)
	if o.Ingest == nil {
		o.Ingest = NewIngester(st, eng, nil)
	}
	s, err := New(st, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

// pairedIncident finds an incident the ledger formed from one of the
// corpus's same-incident article pairs (testdata/incidents.json), so tests
// see two outlets' claims side by side.
func pairedIncident(t testing.TB, st sitrep.Store) (id string, articles [2]string) {
	t.Helper()
	b, err := os.ReadFile("../../testdata/incidents.json")
	if err != nil {
		t.Fatal(err)
	}
	var pairs []struct {
		Articles []string `json:"articles"`
	}
	if err := json.Unmarshal(b, &pairs); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, p := range pairs {
		if len(p.Articles) < 2 {
			continue
		}
		a, err := st.Article(ctx, p.Articles[0])
		if err != nil {
			continue
		}
		other, err := st.Article(ctx, p.Articles[1])
		if err != nil {
			continue
		}
		in := map[string]bool{}
		for _, i := range other.Incidents {
			in[i] = true
		}
		for _, i := range a.Incidents {
			if !in[i] {
				continue
			}
			d, err := st.Incident(ctx, i)
			if err != nil {
				continue
			}
			claimants := map[string]bool{}
			for _, r := range d.Ranges {
				claimants[r.Claimant.Key+"\x00"+r.Claimant.Name] = true
			}
			if len(claimants) >= 2 {
				return i, [2]string{p.Articles[0], p.Articles[1]}
			}
		}
	}
	t.Fatal("no same-incident pair of testdata/incidents.json is linked into one incident with two claimants' figures")
	return "", [2]string{}
}

func get(t testing.TB, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest("GET", path, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}
