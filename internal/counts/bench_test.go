package counts

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/actors"
	"sitrep/internal/attribution"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// BenchmarkDev runs the numbers and counts stages over the whole dev
// corpus, with the stages they read prepared once: their own cost, for
// instruction counts (valgrind) that the rest of the pipeline cannot blur.
func BenchmarkDev(b *testing.B) {
	d := dictionary(b)
	paths, _ := filepath.Glob("../../testdata/dev/*.txt")
	if len(paths) == 0 {
		b.Skip("no dev articles")
	}
	type prepared struct {
		doc *text.Doc
		tab *actors.Table
		cl  []attribution.Claim
	}
	var ps []prepared
	size := 0
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc := text.Parse(string(body))
		tab := actors.NewTable(doc, d, d.Recognize(doc))
		ps = append(ps, prepared{doc, tab, attribution.Find(doc, tab)})
		size += len(body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range ps {
			Find(p.doc, numbers.Find(p.doc), p.cl, p.tab)
		}
	}
}
