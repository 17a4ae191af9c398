package score

import (
	"testing"

	"sitrep"
)

func TestCorpus(t *testing.T) {
	ministry := sitrep.Entity{ID: "e1", Name: "ministry"}
	tests := []struct {
		name    string
		section string
		rec     sitrep.Record
		want    Tally
		extras  int
	}{
		{"one claim right, one wrong source", "claims", sitrep.Record{
			Entities: []sitrep.Entity{ministry},
			Claims: []sitrep.Claim{
				{ID: "c1", Text: "12 people were killed in the strike", Source: "e1"},
				{ID: "c2", Text: "the market burned", Source: "e1"},
			},
		}, Tally{TP: 1, FP: 1, FN: 1}, 1},
		{"other sections are not scored", "counts", sitrep.Record{
			Entities: []sitrep.Entity{ministry},
			Claims:   []sitrep.Claim{{ID: "c1", Text: "unrelated", Source: "e1"}},
		}, Tally{FN: 1}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen []string
			got, misses, err := Corpus("testdata/corpus", tc.section, func(g Gold, body string) sitrep.Record {
				if len(g.Entities) != 0 || (tc.section != "claims" && len(g.Claims) != 0) {
					t.Errorf("gold of other sections not cleared: %+v", g)
				}
				seen = append(seen, g.ID)
				return tc.rec
			})
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("tally %+v, want %+v", got, tc.want)
			}
			extras := 0
			for _, m := range misses {
				if m.Section != tc.section {
					t.Errorf("miss from section %s", m.Section)
				}
				if m.Extra {
					extras++
				}
			}
			if extras != tc.extras || len(seen) != 1 || seen[0] != "x1" {
				t.Errorf("extras %d (want %d), articles %v", extras, tc.extras, seen)
			}
		})
	}
	if _, _, err := Corpus("testdata/corpus", "nonsense", func(Gold, string) sitrep.Record { return sitrep.Record{} }); err == nil {
		t.Error("unknown section accepted")
	}
}
