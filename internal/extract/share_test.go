package extract

import (
	"runtime/debug"
	"testing"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/text"
)

// BenchmarkGeocodeInExtract times the geocoding step of BenchmarkExtract
// alone, with the inputs the engine gives it (the parsed article and the
// entity spans it excludes), so geocoding's share of extract is the ratio
// of the two benchmarks' ns/op (the places issue's budget: ≤ 20% added
// to the other stages, i.e. ≤ 1/6 of extract).
func BenchmarkGeocodeInExtract(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	eng := newEngine(b)
	arts, n := devCorpus(b)
	type input struct {
		doc  *text.Doc
		excl []sitrep.Span
	}
	ins := make([]input, len(arts))
	for i, a := range arts {
		doc := text.Parse(maskBoilerplate(a.Text))
		tab := actors.NewTable(doc, eng.dict, eng.dict.Recognize(doc))
		ins[i] = input{doc, entitySpans(tab.Entities)}
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, in := range ins {
			eng.gaz.Places(in.doc, in.excl)
		}
	}
}
