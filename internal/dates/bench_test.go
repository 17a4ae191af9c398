package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/text"
)

func BenchmarkFind(b *testing.B) {
	src, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := text.Parse(string(src))
	pub := day("2023-11-14")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, pub)
	}
}

func FuzzFind(f *testing.F) {
	src, _ := os.ReadFile("testdata/article.txt")
	for _, s := range []string{string(src), "", "on Sunday", "3/12/2023", "between 10 May and", "three days of fighting",
		"a day after", "the next day", "2023-12-", "since the start of the", "KHARTOUM, Nov 12 (Reuters) -", "31/2/2023"} {
		f.Add(s)
	}
	pub := day("2024-02-29")
	f.Fuzz(func(t *testing.T, s string) {
		doc := text.Parse(s)
		prev := 0
		for _, m := range Find(doc, pub) {
			if m.First < prev || m.Last <= m.First || m.Last > len(doc.Tokens) || m.Start > m.End || m.End > len(s) {
				t.Fatalf("bad mention %+v", m)
			}
			if m.Value == "" || m.Granularity == "" {
				t.Fatalf("empty value in %+v", m)
			}
			prev = m.First
		}
		DatelineAt(doc, pub)
	})
}

// TestFindLongLine checks a 1 MB line of date expressions stays linear.
func TestFindLongLine(t *testing.T) {
	line := strings.Repeat("three days of fighting on Sunday, a day after 3/12/2023 and between 1 and 4 March ", 12500)
	doc := text.Parse(line)
	start := time.Now()
	ms := Find(doc, day("2024-03-05"))
	if len(ms) == 0 {
		t.Fatal("no mentions found")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("1 MB line took %v", d)
	}
}

// BenchmarkFindDev runs Find over the dev corpus as extract does, so its
// share of a pass can be read off directly.
func BenchmarkFindDev(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "dev", "*.txt"))
	type art struct {
		doc *text.Doc
		pub time.Time
	}
	var arts []art
	n := 0
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".json")
		if err != nil {
			continue
		}
		var gold goldTimes
		if err := json.Unmarshal(raw, &gold); err != nil {
			b.Fatal(err)
		}
		pub, err := time.Parse("2006-01-02", gold.Published)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, art{text.Parse(string(src)), pub})
		n += len(src)
	}
	if len(arts) == 0 {
		b.Skip("no corpus")
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			DatelineAt(a.doc, a.pub)
			Find(a.doc, a.pub)
		}
	}
}
