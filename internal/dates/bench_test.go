package dates

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
