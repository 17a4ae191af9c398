package gazetteer

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"sitrep"
)

func TestSortSpans(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name string
		max  int
		neg  bool
	}{
		{"small", 50, false},
		{"large", 1 << 40, false},
		{"negative", 50, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for n := range 40 {
				spans := make([]sitrep.Span, n)
				for i := range spans {
					a, b := r.IntN(tc.max), r.IntN(tc.max)
					if tc.neg && r.IntN(4) == 0 {
						a = -a
					}
					spans[i] = sitrep.Span{a, b}
				}
				want := slices.Clone(spans)
				slices.SortFunc(want, func(a, b sitrep.Span) int {
					return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
				})
				got, _ := sortSpans(spans, nil)
				if !slices.Equal(got, want) {
					t.Fatalf("n=%d: got %v, want %v", n, got, want)
				}
			}
		})
	}
}
