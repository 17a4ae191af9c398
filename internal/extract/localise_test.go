package extract

import (
	"testing"
	"time"
)

// Unnamed groups take the country where the events happen, as ACLED names
// them, and keep the bare form as an alias.
func TestUnnamedGroupsTakeTheEventsCountry(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ body, want string }{
		{"On 3 February 2024, Russian forces shelled Kherson with artillery, injuring two civilians.", "Civilians (Ukraine)"},
		{"On 3 February 2024, Ukrainian forces shelled Donetsk with artillery, injuring two civilians.", "Civilians (Ukraine)"},
	}
	for _, tc := range tests {
		rec := e.Extract(Article{ID: "t", Text: tc.body, Published: time.Date(2024, 2, 4, 0, 0, 0, 0, time.UTC)})
		found := false
		for _, en := range rec.Entities {
			if en.Name == tc.want || en.ACLEDName == tc.want {
				found = true
				if !contains(en.Aliases, "Civilians") && !contains(en.Aliases, "civilians") {
					t.Errorf("%q lost its bare form: %v", en.Name, en.Aliases)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q in %+v", tc.body, tc.want, rec.Entities)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
