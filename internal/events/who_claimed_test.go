package events

import (
	"strings"
	"testing"

	"sitrep"
)

func TestClaimedActs(t *testing.T) {
	ttp := ent{"Tehreek-e-Taliban Pakistan", sitrep.KindArmedGroup, true, []string{"TTP"}}
	bla := ent{"Baloch Liberation Army", sitrep.KindArmedGroup, true, []string{"BLA", "Baloch Liberation Army"}}
	police := ent{"Pakistani police", sitrep.KindStateForce, true, []string{"police"}}
	army := ent{"Pakistan Army", sitrep.KindStateForce, true, []string{"military"}}
	gunmen := ent{"Unidentified Armed Group (Pakistan)", sitrep.KindArmedGroup, true, []string{"gunmen"}}
	spokesman := ent{"Jeeyand Baloch", sitrep.KindPerson, true, []string{"Jeeyand Baloch"}}
	tests := []struct {
		name, text, trig, want string
	}{
		{"the group that claimed the attack in the next sentence carried it out",
			"On Monday, militants stormed a police post in Tank. The attack was claimed by the TTP. The BLA denied a role, the BLA said.", "stormed",
			"Tehreek-e-Taliban Pakistan,Pakistani police"},
		{"a group claiming the attack stands for the gunmen the act names",
			"On Monday, a bomber drove into a military post, and gunmen then stormed it. Two officers died. A little-known group, the TTP, claimed the attack.", "stormed",
			"Tehreek-e-Taliban Pakistan,Pakistan Army"},
		{"the group an official blamed carried out an act with no initiator",
			"On Monday, five police officers were killed in Tank when their vehicle struck a mine. An official blamed TTP militants.", "killed",
			"Tehreek-e-Taliban Pakistan,Pakistani police"},
		{"a spokesman's claim is his group's",
			"On Monday, gunmen attacked a police post in Tank. BLA spokesman Jeeyand Baloch claimed responsibility.", "attacked",
			"Baloch Liberation Army,Pakistani police"},
		{"a denial leaves the gunmen unnamed",
			"On Monday, gunmen attacked a police post in Turbat. No group claimed responsibility. The TTP claimed the attack in Tank.", "attacked",
			"Unidentified Armed Group (Pakistan),Pakistani police"},
		{"a claim too far after the act is about another",
			"On Monday, police in Turbat were attacked. It was dark. Two died. The road was shut. Later, the TTP claimed the attack.", "attacked",
			"Pakistani police"},
		{"gunmen are named by the next claim the article reports, however far",
			"On Monday, gunmen attacked a police post in Turbat. It was dark. Two died. The road was shut. Later, the TTP claimed the attack.", "attacked",
			"Tehreek-e-Taliban Pakistan,Pakistani police"},
		{"an act with no initiator, told after a blame, is the blamed force's",
			"Drones hit Tank on Monday as the police blamed the TTP. On Monday, drones struck a police post in Tank.", "struck",
			"Tehreek-e-Taliban Pakistan,Pakistani police"},
		{"a blame told after a named initiator changes nothing",
			"Drones hit Tank on Monday as the police blamed the TTP. On Monday, the BLA struck a police post in Tank.", "struck",
			"Baloch Liberation Army,Pakistani police"},
		{"a named initiator is not replaced by a claimant",
			"On Monday, the BLA attacked a police post in Tank. The TTP claimed responsibility.", "attacked",
			"Baloch Liberation Army,Pakistani police"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{ttp, bla, police, army, gunmen, spokesman}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			for i := range in.Entities {
				if in.Entities[i].Name == spokesman.name {
					in.Entities[i].SpeaksFor = in.Entities[1].ID
				}
			}
			if got := actorNames(t, &in, tt.trig, false); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestOwnLosses(t *testing.T) {
	fama := ent{"Malian Armed Forces", sitrep.KindStateForce, true, []string{"FAMa"}}
	csp := ent{"CSP-PSD", sitrep.KindArmedGroup, true, []string{"CSP-PSD"}}
	tests := []struct {
		name, text, said, source, want string
	}{
		{"a party counting its own dead in the next sentence was struck",
			"On Monday, a FAMa drone strike hit a vehicle near Anefis. CSP-PSD stated that 4 of its fighters were killed.",
			"4 of its fighters were killed", "CSP-PSD", "Malian Armed Forces,CSP-PSD"},
		{"the mirror: the army counting its dead was struck",
			"On Monday, a CSP-PSD drone strike hit a vehicle near Anefis. FAMa stated that 4 of its soldiers were killed.",
			"4 of its soldiers were killed", "Malian Armed Forces", "CSP-PSD,Malian Armed Forces"},
		{"a party telling of its soldiers killing is not struck",
			"On Monday, a FAMa drone strike hit a vehicle near Anefis. CSP-PSD stated that its fighters killed 4 soldiers.",
			"its fighters killed 4 soldiers", "CSP-PSD", "Malian Armed Forces"},
		{"a party counting the other side's dead is not struck",
			"On Monday, a FAMa drone strike hit a vehicle near Anefis. CSP-PSD stated that 4 soldiers were killed.",
			"4 soldiers were killed", "CSP-PSD", "Malian Armed Forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{fama, csp}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			src := ""
			for _, e := range in.Entities {
				if e.Name == tt.source {
					src = e.ID
				}
			}
			at := strings.Index(tt.text, tt.said)
			in.Claims = []sitrep.Claim{{ID: "c1", Source: src, Party: true, Span: sitrep.Span{at, at + len(tt.said)}}}
			if got := actorNames(t, &in, "strike", false); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}
