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

// A protest whose crowd the text does not name ("people protested") is
// still coded with ACLED's crowd actor, placed in the event's country.
func TestProtestGetsItsCrowd(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec := e.Extract(Article{ID: "t", Published: time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC),
		Text: "On 20 June 2024, around 200 people protested in Nairobi against the Finance Bill."})
	var protest *int
	for i, ev := range rec.Events {
		if ev.Type == "Protests" {
			protest = &i
		}
	}
	if protest == nil {
		t.Fatalf("no protest in %+v", rec.Events)
	}
	ev := rec.Events[*protest]
	if len(ev.Actors) == 0 {
		t.Fatal("protest without actors")
	}
	for _, en := range rec.Entities {
		if en.ID == ev.Actors[0] {
			if en.Name != "Protesters (Kenya)" && en.ACLEDName != "Protesters (Kenya)" {
				t.Errorf("first actor %q (%q), want Protesters (Kenya)", en.Name, en.ACLEDName)
			}
			return
		}
	}
	t.Errorf("actor %s not among the entities", ev.Actors[0])
}
