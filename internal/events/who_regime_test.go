package events

import (
	"testing"

	"sitrep"
)

func TestRegimeForce(t *testing.T) {
	gov := ent{"Government of Syria", sitrep.KindGovernment, true, []string{"Damascus"}}
	army := ent{"Syrian Armed Forces", sitrep.KindStateForce, true, []string{"Syrian army"}}
	russia := ent{"Armed Forces of the Russian Federation", sitrep.KindStateForce, true, []string{"Russian forces"}}
	countries := map[string]string{gov.name: "SY", army.name: "SY", russia.name: "RU"}
	tests := []struct {
		name, text, trig, want string
	}{
		{"the rulers' artillery is the state's force",
			"Damascus denied it. Government artillery also pounded Atareb on Monday.", "pounded", "Syrian Armed Forces"},
		{"a rulers' word on the act itself",
			"Damascus denied it. On Monday, a regime air strike hit Atareb.", "strike", "Syrian Armed Forces"},
		{"a government named by a demonym is left to that rule",
			"Damascus denied it. On Monday, Russian government forces shelled Atareb.", "shelled", ""},
		{"a government that only speaks does not act",
			"Damascus denied it. The government said rebels shelled Atareb on Monday.", "shelled", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{gov, army, russia}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			for i := range in.Entities {
				in.Entities[i].Country = countries[in.Entities[i].Name]
			}
			// The army is named elsewhere in the article.
			in.Entities[1].Mentions = []sitrep.Span{{0, 1}}
			trig, s := trigAt(t, in, tt.trig)
			if got := regimeForce(&in, s.Sentence, trig); got != "" {
				got = entityByID(&in, got).Name
				if got != tt.want {
					t.Errorf("force = %s, want %s", got, tt.want)
				}
			} else if tt.want != "" {
				t.Errorf("force = none, want %s", tt.want)
			}
		})
	}
}
