package events

import (
	"slices"
	"testing"

	"sitrep"
)

// TestAttach covers which counts and claims an event is linked to, and the
// fatalities read from its killed figures.
func TestAttach(t *testing.T) {
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	type count struct {
		form   string
		min    int64
		status string
		source string // "" for the article's own voice
		claim  int    // 1-based index into claims, 0 for none
	}
	tests := []struct {
		name       string
		text       string
		day        string // the form of the day, 2024-05-12
		claims     []string
		counts     []count
		wantCounts []string
		wantClaims []string
		wantDead   int
	}{
		{"a toll told in the next sentence counts the act",
			"An airstrike hit a market in Kaya on Sunday. Health officials said 14 people died.",
			"on Sunday", []string{"14 people died"},
			[]count{{"14 people", 14, sitrep.StatusKilled, "e1", 1}},
			[]string{"n1"}, []string{"c1"}, 14},
		{"a tally after the act is not its toll",
			"An airstrike hit a market in Kaya on Sunday. Since the war began, 300 people have died.",
			"on Sunday", nil,
			[]count{{"300 people", 300, sitrep.StatusKilled, "", 0}},
			nil, nil, 0},
		{"a claim about something else does not assert the act",
			"Rebels attacked an army camp in Kaya on Sunday, and the UN said it was worried about food supplies.",
			"on Sunday", []string{"it was worried about food supplies"}, nil,
			nil, nil, 0},
		{"a claim holding the act asserts it",
			"Rebels attacked an army camp in Kaya on Sunday, officials said.",
			"on Sunday", []string{"Rebels attacked an army camp in Kaya on Sunday"}, nil,
			nil, []string{"c1"}, 0},
		{"the fewest dead any claimant gives, not a part of the dead",
			"Gunmen killed 16 people, including five children, in Kaya on Sunday, police said. Residents said 20 people were killed.",
			"on Sunday", []string{"Gunmen killed 16 people, including five children, in Kaya on Sunday", "20 people were killed"},
			[]count{{"16 people", 16, sitrep.StatusKilled, "e1", 1}, {"five children", 5, sitrep.StatusKilled, "e1", 1},
				{"20 people", 20, sitrep.StatusKilled, "e2", 2}},
			[]string{"n1", "n2", "n3"}, []string{"c1", "c2"}, 16},
		{"a running tally in the sentence is not the act's dead",
			"Air strikes killed 72 people in Kaya on Sunday, raising the number of dead since Friday to 630.",
			"on Sunday", nil,
			[]count{{"72 people", 72, sitrep.StatusKilled, "", 0}, {"630", 630, sitrep.StatusKilled, "", 0}},
			[]string{"n1", "n2"}, nil, 72},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{text: tc.text, places: []plc{kaya}}
			in := f.input(t)
			in.Times = append(in.Times, sitrep.Time{Text: tc.day, Value: "2024-05-12", Granularity: sitrep.GranDay,
				Mentions: spansOf(t, tc.text, tc.day)})
			for i, c := range tc.claims {
				in.Claims = append(in.Claims, sitrep.Claim{ID: "c" + string(rune('1'+i)), Text: c, Span: spansOf(t, tc.text, c)[0]})
			}
			for i, c := range tc.counts {
				n := sitrep.Count{ID: "n" + string(rune('1'+i)), Min: c.min, Text: c.form, Status: c.status,
					Span: spansOf(t, tc.text, c.form)[0]}
				if c.source != "" {
					src := c.source
					n.Source = &src
				}
				if c.claim > 0 {
					id := in.Claims[c.claim-1].ID
					n.Claim = &id
				}
				in.Counts = append(in.Counts, n)
			}
			evs := Find(in)
			if len(evs) != 1 {
				t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
			}
			ev := evs[0]
			slices.Sort(ev.Counts)
			slices.Sort(ev.Claims)
			if !slices.Equal(ev.Counts, nonNil(tc.wantCounts)) || !slices.Equal(ev.Claims, nonNil(tc.wantClaims)) ||
				ev.Fatalities != tc.wantDead {
				t.Errorf("got counts %v claims %v fatalities %d, want %v %v %d",
					ev.Counts, ev.Claims, ev.Fatalities, tc.wantCounts, tc.wantClaims, tc.wantDead)
			}
		})
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
