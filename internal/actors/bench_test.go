package actors

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"sitrep/internal/text"
)

// BenchmarkRecognizeCorpus measures recognition and the entity table over
// the dev articles, the mix extract's benchmark runs (tokenising excluded).
func BenchmarkRecognizeCorpus(b *testing.B) {
	// sitrep's commands run with this GC target (cmd/sitrep: gcPercent).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	names, _ := filepath.Glob("../../testdata/dev/*.txt")
	if len(names) == 0 {
		b.Skip("no dev articles")
	}
	var docs []*text.Doc
	n := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, text.Parse(string(data)))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			NewTable(doc, d, d.Recognize(doc))
		}
	}
}
