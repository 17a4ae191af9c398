package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"sitrep"
)

var pub = time.Date(2023, 12, 4, 0, 0, 0, 0, time.UTC)

func newEngine(t testing.TB) *Engine {
	t.Helper()
	eng, err := New(Options{Now: func() time.Time { return pub }})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// checkRecord asserts the invariants every record keeps, whatever the input:
// spans inside the text, ids that resolve, JSON that round-trips.
func checkRecord(t testing.TB, txt string, rec sitrep.Record) {
	t.Helper()
	inText := func(what string, s sitrep.Span) {
		if s[0] < 0 || s[1] > len(txt) || s[0] > s[1] {
			t.Fatalf("%s span %v outside text of %d bytes", what, s, len(txt))
		}
	}
	ents := map[string]bool{}
	for _, e := range rec.Entities {
		ents[e.ID] = true
		for _, m := range e.Mentions {
			inText("entity "+e.ID, m)
		}
	}
	for _, p := range rec.Places {
		for _, m := range p.Mentions {
			inText("place "+p.ID, m)
		}
	}
	for _, c := range rec.Claims {
		inText("claim "+c.ID, c.Span)
		if !ents[c.Source] {
			t.Fatalf("claim %s source %q is not an entity", c.ID, c.Source)
		}
	}
	for _, c := range rec.Counts {
		if c.Source != nil && !ents[*c.Source] {
			t.Fatalf("count %s source %q is not an entity", c.ID, *c.Source)
		}
	}
	for _, ev := range rec.Events {
		for _, a := range ev.Actors {
			if !ents[a] {
				t.Fatalf("event %s actor %q is not an entity", ev.ID, a)
			}
		}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(b) {
		t.Fatal("record JSON is not valid UTF-8")
	}
}

func TestExtractHostileInput(t *testing.T) {
	eng := newEngine(t)
	long := strings.Repeat("Rebels said 12 soldiers were killed in Gao on Sunday, according to the army. ", 14000) // ~1 MB, one line
	cases := []struct{ name, text string }{
		{"empty", ""},
		{"spaces", "  \n\n\t "},
		{"invalid utf8", "Gunmen killed \xff\xfe 12 people \xc3 in Goma, police said."},
		{"nul bytes", "Twelve\x00 people\x00 were killed, the army said.\x00"},
		{"unbalanced quotes", "\"The army said \"\"\" 40 were killed ((( [[ according to"},
		{"only punctuation", strings.Repeat("?!.,;:\"'()[]{}", 200)},
		{"one long line", long},
		{"digits", strings.Repeat("1,000,000.5/3/12/2023 ", 5000)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := eng.Extract(Article{ID: "x", Text: c.text, Published: pub})
			checkRecord(t, c.text, rec)
			if rec.Published != "2023-12-04" {
				t.Errorf("published = %q", rec.Published)
			}
		})
	}
}

func TestExtractNoDateWarns(t *testing.T) {
	eng := newEngine(t)
	rec := eng.Extract(Article{ID: "x", Text: "Clashes continued, the army said."})
	if rec.Published != "2023-12-04" || len(rec.Warnings) == 0 {
		t.Fatalf("published %q warnings %v: want today's date and a warning", rec.Published, rec.Warnings)
	}
}

func FuzzExtract(f *testing.F) {
	for _, dir := range []string{"../../testdata/dev", "../../../shared/gold"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for i, n := range names {
			if i >= 12 {
				break
			}
			b, err := os.ReadFile(n)
			if err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add("KHARTOUM, Nov 12 (Reuters) - The RSF said on Sunday that \"more than 60 soldiers\" were killed (")
	f.Add("According to")
	eng := newEngine(f)
	f.Fuzz(func(t *testing.T, s string) {
		rec := eng.Extract(Article{ID: "f", Text: s, Published: pub})
		checkRecord(t, s, rec)
	})
}

// devCorpus reads every article of the dev set and the seed.
func devCorpus(b *testing.B) ([]Article, int) {
	var arts []Article
	n := 0
	for _, dir := range []string{"../../testdata/dev", "../../../shared/gold"} {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, name := range names {
			txt, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, Article{ID: name, Text: string(txt), Published: pub})
			n += len(txt)
		}
	}
	if len(arts) == 0 {
		b.Skip("no corpus")
	}
	return arts, n
}

// BenchmarkExtract measures the whole pipeline over the dev corpus; MB/s is
// article text per core.
func BenchmarkExtract(b *testing.B) {
	// sitrep's commands run with this GC target (cmd/sitrep: gcPercent),
	// unless GOGC says otherwise: scripts/instructions.sh counts with the
	// collector off, whose work varies from run to run.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	eng := newEngine(b)
	arts, n := devCorpus(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			eng.Extract(a)
		}
	}
}

// BenchmarkExtractLarge checks that time stays linear in the input: a 50 MB
// article should cost about 50 MB / (the corpus rate).
func BenchmarkExtractLarge(b *testing.B) {
	eng := newEngine(b)
	arts, _ := devCorpus(b)
	var sb strings.Builder
	for sb.Len() < 8<<20 {
		for _, a := range arts {
			sb.WriteString(a.Text)
			sb.WriteString("\n\n")
		}
	}
	txt := sb.String()
	b.SetBytes(int64(len(txt)))
	b.ReportAllocs()
	for b.Loop() {
		eng.Extract(Article{ID: "big", Text: txt, Published: pub})
	}
}
