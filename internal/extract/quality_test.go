package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/internal/score"
)

var update = flag.Bool("update", false, "rewrite docs/quality.md with the measured tables")

// bars are the F1 floors per corpus and section; a stage that regresses
// below its floor fails the build. Times, counts and claims hold the engine
// issue's bar of 0.90; entities hold the actors issue's 0.90 and places the
// places issue's 0.90. On dev every floor sits just under what the engine
// reaches today (events above the actors issue's 0.85): raise them as the
// engine improves, never lower them.
var bars = map[string]map[string]float64{
	"seed": {"entities": 0.90, "places": 0.90, "times": 0.90, "events": 0.90, "counts": 0.90, "claims": 0.90},
	"dev":  {"entities": 0.93, "places": 0.95, "times": 0.95, "events": 0.87, "counts": 0.96, "claims": 0.96},
	// The held-out set guards against regressions only; its floors sit a
	// little under today's figures and are not tuned towards.
	"heldout": {"entities": 0.80, "places": 0.78, "times": 0.93, "events": 0.45, "counts": 0.72, "claims": 0.84},
}

// corpora are the gold folders scored in tests: the shared seed and our dev set.
var corpora = []struct{ name, dir string }{
	{"seed", "../../../shared/gold"},
	{"dev", "../../testdata/dev"},
	// Written after the engine and never tuned on: the honest estimate.
	{"heldout", "../../testdata/heldout"},
}

func scoreDir(t testing.TB, eng *Engine, dir string) (score.Table, []score.Result) {
	t.Helper()
	golds, err := score.LoadGoldDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var rs []score.Result
	for _, g := range golds {
		txt, err := os.ReadFile(filepath.Join(dir, g.Text))
		if err != nil {
			t.Fatalf("%s: %v", g.ID, err)
		}
		pub, err := time.Parse("2006-01-02", g.Published)
		if err != nil {
			t.Fatalf("%s: published: %v", g.ID, err)
		}
		rec := eng.Extract(Article{ID: g.ID, Text: string(txt), Published: pub})
		if out := os.Getenv("SITREP_DUMP"); out != "" {
			dumpRecord(t, filepath.Join(out, filepath.Base(dir)), g.ID, rec)
		}
		rs = append(rs, score.Article(g, rec))
	}
	return score.NewTable(rs), rs
}

// dumpRecord writes one predicted record where ../shared/score -v and other
// diagnostics can read it; SITREP_DUMP=DIR turns it on.
func dumpRecord(t testing.TB, dir, id string, rec any) {
	t.Helper()
	b, err := json.MarshalIndent(rec, "", "  ")
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, id+".json"), b, 0o644)
	}
	if err != nil {
		t.Fatalf("dump %s: %v", id, err)
	}
}

func TestQuality(t *testing.T) {
	eng, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var doc strings.Builder
	sets := corpora
	// SITREP_EXTRA=DIR scores one more gold folder, without bars: articles
	// being written are read at first sight before they join the dev set.
	if dir := os.Getenv("SITREP_EXTRA"); dir != "" {
		sets = append(sets[:len(sets):len(sets)], struct{ name, dir string }{"extra", dir})
	}
	for _, c := range sets {
		if _, err := os.Stat(c.dir); err != nil {
			if c.name == "seed" && os.Getenv("CI") == "" {
				t.Logf("skip %s: %v", c.name, err)
				continue
			}
			t.Fatalf("%s corpus: %v", c.name, err)
		}
		tab, rs := scoreDir(t, eng, c.dir)
		t.Logf("%s (%d articles)\n%s", c.name, len(rs), tab)
		for sec, bar := range bars[c.name] {
			if f := tab.F1(sec); f < bar {
				t.Errorf("%s %s F1 %.3f below its bar %.2f", c.name, sec, f, bar)
			}
		}
		if testing.Verbose() && os.Getenv("SITREP_MISSES") != "" {
			for _, r := range rs {
				for _, m := range r.Misses {
					if m.Section == os.Getenv("SITREP_MISSES") {
						t.Logf("%s %s extra=%v %+v", m.Doc, m.Section, m.Extra, m.Item)
					}
				}
			}
		}
		if c.name == "extra" {
			continue
		}
		doc.WriteString("## " + c.name + " (" + strconv.Itoa(len(rs)) + " articles)\n\n```\n" + tab.String() + "```\n\n")
	}
	if *update {
		out := "# Quality\n\nMeasured by `go test ./internal/extract -run TestQuality -update` (the same matching as ../shared/score).\n\n" + doc.String()
		if err := os.WriteFile("../../docs/quality.md", []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
