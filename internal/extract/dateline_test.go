package extract

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/text"
)

func TestIsDateline(t *testing.T) {
	tests := []struct {
		body, place string
		want        bool
	}{
		{"Headline here\nNAIROBI, May 3 - Police fired tear gas.", "NAIROBI", true},
		{"Headline here\n(Nairobi) – Police fired tear gas.", "Nairobi", true},
		{"Headline here\nGOMA (Reuters) - Rebels advanced.", "GOMA", true},
		{"Headline here\nPolice in Nairobi, the capital, fired tear gas.", "Nairobi", false},
		{"Headline here\nThey fled (Goma) and returned.", "Goma", false},
	}
	for _, tc := range tests {
		doc := text.Parse(tc.body)
		at := strings.Index(tc.body, tc.place)
		if got := isDateline(doc, sitrep.Span{at, at + len(tc.place)}); got != tc.want {
			t.Errorf("isDateline(%q in %q) = %v, want %v", tc.place, tc.body, got, tc.want)
		}
	}
}
