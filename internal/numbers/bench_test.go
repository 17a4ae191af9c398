package numbers

import (
	"os"
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
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc)
	}
}

func FuzzFind(f *testing.F) {
	src, _ := os.ReadFile("testdata/article.txt")
	for _, s := range []string{string(src), "", "at least", "between 10 and", "tens of thousands of", "twenty-",
		"1,000,000,000,000,000,000,000", "$", "11 of the", "(at least 5 [killed", "a dozen a dozen a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := text.Parse(s)
		prev := 0
		for _, q := range Find(doc) {
			if q.First < prev || q.Last <= q.First || q.Last > len(doc.Tokens) || q.Start > q.End || q.End > len(s) {
				t.Fatalf("bad phrase %+v", q)
			}
			if q.Max != nil && *q.Max < q.Min {
				t.Fatalf("max %d < min %d in %q", *q.Max, q.Min, s[q.Start:q.End])
			}
			prev = q.Last
		}
	})
}

// TestFindLongLine checks a 1 MB line of number phrases stays linear.
func TestFindLongLine(t *testing.T) {
	line := strings.Repeat("at least 12 and between 10 and 15 of the 20 twenty-three dozens of ", 15000)
	doc := text.Parse(line)
	start := time.Now()
	qs := Find(doc)
	if len(qs) == 0 {
		t.Fatal("no phrases found")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("1 MB line took %v", d)
	}
}

// BenchmarkParseReference times text.Parse on the same article, so Find's
// cost can be read relative to tokenising on a loaded machine.
func BenchmarkParseReference(b *testing.B) {
	src, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		text.Parse(s)
	}
}
